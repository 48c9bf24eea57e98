import { z } from 'zod';

import { CATALOGUE_FILE_VERSION, CATALOGUE_FORMAT, CATALOGUE_SCHEMA_FILE } from './catalogue-file';

export { CATALOGUE_SCHEMA_FILE };
import {
  catalogueSchema,
  compatibilityRuleSchema,
  derivationSchema,
  dimensionSchema,
  enteredSchema,
  factSchema,
  layerSchema,
  localizedSchema,
  readingSchema,
  requirementsSchema,
  scenarioSchema,
  sectionRefSchema,
  sourceSchema,
  stackPatternSchema,
  technologySchema,
} from './schema';

/** The JSON Schema dialect of the generated schema. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The parts of the catalogue that get a name of their own under `$defs` (referenced, not
 * repeated), each with a description for editors.
 */
function definitions() {
  const registry = z.registry<{ id: string; description: string }>();
  const named: [z.ZodType, string, string][] = [
    [
      localizedSchema,
      'localizedText',
      'A text in Chinese (zh) and English (en); one may be empty.',
    ],
    [sectionRefSchema, 'sectionId', 'A section of the seed document, e.g. 17.3.2.'],
    [sourceSchema, 'source', 'A section id, or "user" for an item the user entered.'],
    [
      enteredSchema,
      'entered',
      'What the user gave as the source: a URL, a benchmark, "team estimate".',
    ],
    [
      readingSchema,
      'reading',
      'The app’s reading of the seed: its rationale and the sections it rests on.',
    ],
    [factSchema, 'fact', 'One fact of a technology, typed by kind, with its source.'],
    [technologySchema, 'technology', 'A technology in one layer, with its facts.'],
    [layerSchema, 'layer', 'A slot of a stack; a stack takes one technology per layer.'],
    [dimensionSchema, 'dimension', 'A decision dimension: which facts it scores, and how.'],
    [stackPatternSchema, 'stackPattern', 'Technologies allowed per layer id.'],
    [requirementsSchema, 'requirements', 'The requirement set a scenario presets.'],
    [derivationSchema, 'derivation', 'Where a preset input comes from.'],
    [scenarioSchema, 'scenario', 'A scenario: preset weights and requirements, the seed’s stacks.'],
    [
      compatibilityRuleSchema,
      'compatibilityRule',
      'A rule: when these technologies meet, the stack is invalid or warned.',
    ],
  ];
  for (const [schema, id, description] of named) registry.add(schema, { id, description });
  return registry;
}

/**
 * The JSON Schema of a catalogue file (the envelope `toCatalogueFile` writes), generated from
 * the zod schema. It describes the input a file may hold (`io: 'input'`: a text may be empty in
 * one language, the other fills it). The app checks more than a JSON Schema can say (a range's
 * min ≤ max, reserved ids, every cross-reference): see validate.ts.
 */
export function catalogueJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogueSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: definitions(),
  }) as Record<string, unknown>;
  // The catalogue goes under $defs; any $defs of its own move to the root, where its
  // `#/$defs/…` references resolve.
  const { $defs: ownDefs, ...catalogue } = generated;
  delete catalogue.$schema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: CATALOGUE_SCHEMA_FILE,
    title: 'Stack Decision Matrix catalogue file',
    description:
      'A technology catalogue exported by Stack Decision Matrix: layers, technologies with ' +
      'their facts and sources, decision dimensions, scenarios, cases, compatibility rules. ' +
      'The app also reads a bare catalogue object (without the envelope). It checks more than ' +
      'this schema says: a range’s min ≤ max, unique and unreserved ids, and that every ' +
      'technology, layer, dimension, scenario and section a catalogue names exists.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors.' },
      format: { const: CATALOGUE_FORMAT, description: 'What the file is.' },
      version: {
        type: 'integer',
        minimum: 1,
        maximum: CATALOGUE_FILE_VERSION,
        description: 'The file format version; the app reads its own version and older ones.',
      },
      catalogue: { $ref: '#/$defs/catalogue' },
    },
    required: ['format', 'version', 'catalogue'],
    $defs: {
      ...(ownDefs && typeof ownDefs === 'object' ? ownDefs : {}),
      catalogue: { description: 'The catalogue itself.', ...catalogue },
    },
  };
}

/** The schema as the text of public/catalogue.schema.json. */
export function catalogueJsonSchemaText(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}
