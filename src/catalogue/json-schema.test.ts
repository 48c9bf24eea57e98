import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FORMAT, toCatalogueFile } from './catalogue-file';
import { FACT_KEYS, UNITS } from './ids';
import { catalogueJsonSchema, catalogueJsonSchemaText, JSON_SCHEMA_DIALECT } from './json-schema';
import { FACT_KINDS } from './schema';
import { seedCatalogue } from './seed-catalogue';

type Json = Record<string, unknown>;

const schema = catalogueJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const seedFile = () => JSON.parse(toCatalogueFile(seedCatalogue)) as Json;
const defs = schema.$defs as Record<string, Json>;

describe('catalogueJsonSchema', () => {
  it('is a draft 2020-12 schema of the file envelope with its id, title and description', () => {
    expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(schema.$id).toBe('catalogue.schema.json');
    expect(schema.title).toBe('Stack Decision Matrix catalogue file');
    expect(schema.description).toContain('The app also reads a bare catalogue object');
    expect(schema.required).toEqual(['format', 'version', 'catalogue']);
    expect((schema.properties as Json).format).toEqual({
      const: CATALOGUE_FORMAT,
      description: 'What the file is.',
    });
  });

  it('names the fact kinds, fact keys and units', () => {
    const fact = defs.fact as {
      oneOf: { properties: { kind: { const: string }; unit?: { enum: string[] } } }[];
    };
    expect(fact.oneOf.map((o) => o.properties.kind.const)).toEqual(FACT_KINDS);
    expect(fact.oneOf[0]!.properties.unit!.enum).toEqual([...UNITS]);
    const technology = defs.technology as {
      properties: { facts: { propertyNames: { enum: string[] } } };
    };
    expect(technology.properties.facts.propertyNames.enum).toEqual([...FACT_KEYS]);
    expect(JSON.parse(catalogueJsonSchemaText())).toEqual(schema);
  });

  it('accepts the exported seed file', () => {
    const ok = validate(seedFile());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts a user-entered fact and a text left empty in one language', () => {
    const file = seedFile();
    const tech = (file.catalogue as { technologies: Json[] }).technologies[0]!;
    (tech.facts as Json).startTime = {
      kind: 'number',
      value: 900,
      unit: 'ms',
      source: 'user',
      entered: { source: 'team benchmark' },
    };
    tech.summary = { zh: '', en: 'An orchestrator' };
    expect(validate(file)).toBe(true);
  });

  it('refuses what the parser refuses: a wrong kind, unit, fact key, missing name, wrong format', () => {
    const file = seedFile();
    const techs = (file.catalogue as { technologies: Json[] }).technologies;
    (techs[0]!.facts as Json).startTime = { kind: 'duration', value: 3, source: '17.3.2' };
    (techs[1]!.facts as Json).imageSize = {
      kind: 'number',
      value: 3,
      unit: 'GB',
      source: '17.3.2',
    };
    (techs[2]!.facts as Json).bogus = { kind: 'bool', value: true, source: '17.3.2' };
    delete techs[3]!.name;
    file.format = 'other';
    file.version = 2;
    expect(validate(file)).toBe(false);
    const at = new Set((validate.errors ?? []).map((e) => e.instancePath));
    expect([...at]).toEqual(
      expect.arrayContaining([
        '/format',
        '/version',
        '/catalogue/technologies/0/facts/startTime',
        '/catalogue/technologies/1/facts/imageSize/unit',
        '/catalogue/technologies/2/facts',
        '/catalogue/technologies/3',
      ]),
    );
  });
});
