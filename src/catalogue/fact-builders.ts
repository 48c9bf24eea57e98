import type { Fact, Level, LocalizedText, PolicySupport, SectionId, Unit } from './types';

type Extra = { note?: LocalizedText; approx?: boolean; orMore?: boolean };

/** A fact with a single figure, e.g. ~512 MB or 110K+ stars. */
export function num(value: number, unit: Unit, source: SectionId, extra: Extra = {}): Fact {
  return { kind: 'number', value, unit, source, ...extra };
}

/** A fact that the seed gives as a range, e.g. 6–10 ms; `orMore` for "10000+". */
export function range(
  min: number,
  max: number,
  unit: Unit,
  source: SectionId,
  extra: Omit<Extra, 'approx'> = {},
): Fact {
  return { kind: 'range', min, max, unit, source, ...extra };
}

/** A 1–5 star rating as printed in the seed's tables. */
export function stars(value: number, source: SectionId, note?: LocalizedText): Fact {
  return { kind: 'stars', value, source, ...(note ? { note } : {}) };
}

/** A yes/no fact (✅ / ❌ in the seed). */
export function bool(value: boolean, source: SectionId, note?: LocalizedText): Fact {
  return { kind: 'bool', value, source, ...(note ? { note } : {}) };
}

/** An ordinal level the seed words as 极低 / 中等 / 高. */
export function level(value: Level, source: SectionId, note?: LocalizedText): Fact {
  return { kind: 'level', value, source, ...(note ? { note } : {}) };
}

/** Network-policy support (⚠️ basic, ✅ full, ✅ L7). */
export function policySupport(value: PolicySupport, source: SectionId): Fact {
  return { kind: 'policySupport', value, source };
}

/** A textual fact in both languages. */
export function text(zh: string, en: string, source: SectionId, note?: LocalizedText): Fact {
  return { kind: 'text', value: { zh, en }, source, ...(note ? { note } : {}) };
}

/** A fact the seed leaves without a figure ("-", "依赖数据库"). */
export function unknown(zh: string, en: string, source: SectionId): Fact {
  return { kind: 'unknown', value: { zh, en }, source };
}

/** Shorthand for a LocalizedText. */
export function t(zh: string, en: string): LocalizedText {
  return { zh, en };
}

/** The same fact marked as the app's reading of the seed: its rationale and the sections it rests on. */
export function asReading(fact: Fact, rationale: LocalizedText, rests: SectionId[]): Fact {
  return { ...fact, reading: { rationale, rests } };
}

/** The same fact with the seed's words it comes from (a table cell or a sentence, verbatim). */
export function quoted(fact: Fact, quote: string): Fact {
  return { ...fact, quote };
}
