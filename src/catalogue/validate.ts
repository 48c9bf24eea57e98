import { catalogueSchema } from './schema';
import type { Catalogue, StackPattern } from './types';

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

function patternErrors(
  pattern: StackPattern,
  where: string,
  techLayer: Map<string, string>,
): string[] {
  const errors: string[] = [];
  for (const [layer, ids] of Object.entries(pattern)) {
    for (const id of ids ?? []) {
      const actual = techLayer.get(id);
      if (actual === undefined) errors.push(`${where}: unknown technology "${id}"`);
      else if (actual !== layer)
        errors.push(`${where}: "${id}" is a ${actual} technology, listed under ${layer}`);
    }
  }
  return errors;
}

function duplicateErrors(ids: string[], what: string): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) =>
    seen.has(id) ? [`duplicate ${what} id "${id}"`] : (seen.add(id), []),
  );
}

/** Checks a catalogue's shape (zod) and every cross-reference; returns all problems as precise messages. */
export function validateCatalogue(input: unknown): ValidationResult {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const cat = parsed.data as Catalogue;
  const sectionIds = new Set(cat.sections.map((s) => s.id));
  const techLayer = new Map(cat.technologies.map((t) => [t.id, t.layer]));
  const scenarioIds = new Set(cat.scenarios.map((s) => s.id));
  const errors: string[] = [
    ...duplicateErrors(
      cat.technologies.map((t) => t.id),
      'technology',
    ),
    ...duplicateErrors(
      cat.scenarios.map((s) => s.id),
      'scenario',
    ),
    ...duplicateErrors(
      cat.cases.map((c) => c.id),
      'case',
    ),
    ...duplicateErrors(
      cat.compatibility.map((r) => r.id),
      'rule',
    ),
  ];
  const cite = (source: string, where: string) => {
    if (!sectionIds.has(source)) errors.push(`${where}: cites unknown section ${source}`);
  };
  for (const layer of cat.layers) {
    cite(layer.source, `layer ${layer.id}`);
    if (!cat.technologies.some((t) => t.layer === layer.id))
      errors.push(`layer ${layer.id}: has no technology`);
  }
  for (const tech of cat.technologies) {
    for (const [key, fact] of Object.entries(tech.facts)) {
      cite(fact.source, `technology ${tech.id}.${key}`);
      fact.reading?.rests.forEach((src) => cite(src, `technology ${tech.id}.${key} reading`));
    }
    if (tech.includes) {
      cite(tech.includes.source, `technology ${tech.id}.includes`);
      for (const id of tech.includes.ids) {
        if (!techLayer.has(id))
          errors.push(`technology ${tech.id}.includes: unknown technology "${id}"`);
      }
    }
  }
  for (const dim of cat.dimensions) cite(dim.source, `dimension ${dim.id}`);
  for (const s of cat.scenarios) {
    s.sources.forEach((src) => cite(src, `scenario ${s.id}`));
    for (const v of s.variants)
      errors.push(...patternErrors(v.stack, `scenario ${s.id}.${v.id}`, techLayer));
    for (const d of [
      ...Object.values(s.weightDerivation),
      ...Object.values(s.requirementDerivation),
      ...Object.values(s.focus).map((f) => f.derivation),
    ])
      d.sections.forEach((src) => cite(src, `scenario ${s.id} derivation`));
    for (const tier of Object.values(s.tiers ?? {})) {
      if (!scenarioIds.has(tier))
        errors.push(`scenario ${s.id}: tier names unknown scenario "${tier}"`);
    }
  }
  for (const c of cat.cases) {
    cite(c.section, `case ${c.id}`);
    errors.push(...patternErrors(c.stack, `case ${c.id}`, techLayer));
  }
  for (const rule of cat.compatibility) {
    cite(rule.source, `rule ${rule.id}`);
    for (const id of [...rule.when, ...(rule.unless ?? [])]) {
      if (!techLayer.has(id)) errors.push(`rule ${rule.id}: unknown technology "${id}"`);
    }
  }
  cat.decisionMatrix.forEach((row, i) =>
    errors.push(...patternErrors(row.stack, `decisionMatrix[${i}]`, techLayer)),
  );
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
