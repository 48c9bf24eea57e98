import type {
  Catalogue,
  DimensionId,
  Language,
  LayerId,
  LocalizedText,
  SectionId,
  TechnologyId,
} from './types';

/** Display names of a catalogue's entries, looked up by id. Pure; one per catalogue (namesOf). */
export interface Names {
  /** A technology's name; the id itself when the catalogue lacks it. */
  technology(id: TechnologyId): string;
  /** A layer's name in `lang`; the id when unknown. */
  layer(id: LayerId, lang: Language): string;
  /** A dimension's name in `lang`; the id when unknown. */
  dimension(id: DimensionId, lang: Language): string;
  /** A scenario's name in `lang`; the id when unknown. */
  scenario(id: string, lang: Language): string;
  /** A production case's name in `lang`; the id when unknown. */
  productionCase(id: string, lang: Language): string;
  /** A section's title in `lang` (e.g. 17.3.2's); empty when unknown, since the id is shown beside it. */
  section(id: SectionId, lang: Language): string;
  /**
   * A stack's readable name, its technology names joined by " + ": from its parts (in the
   * catalogue's layer order, layers it lacks skipped) or from its id ("k3s+wasmedge+…").
   */
  stack(stack: Readonly<Record<LayerId, TechnologyId>> | string): string;
}

const OTHER: Record<Language, Language> = { zh: 'en', en: 'zh' };

/** A text in `lang`, the other language when that one is empty, else the fallback. */
function pick(text: LocalizedText | undefined, lang: Language, fallback: string): string {
  if (!text) return fallback;
  return text[lang] || text[OTHER[lang]] || fallback;
}

/** Builds the lookups of one catalogue (Maps: ids such as "__proto__" are plain keys). */
export function createNames(catalogue: Catalogue): Names {
  const technologies = new Map(catalogue.technologies.map((t) => [t.id, t.name]));
  const layers = new Map(catalogue.layers.map((l) => [l.id, l.name]));
  const dimensions = new Map(catalogue.dimensions.map((d) => [d.id, d.name]));
  const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s.name]));
  const cases = new Map(catalogue.cases.map((c) => [c.id, c.name]));
  const sections = new Map(catalogue.sections.map((s) => [s.id, s.title]));
  const order = catalogue.layers.map((l) => l.id);
  const technology = (id: TechnologyId) => technologies.get(id) || id;
  return {
    technology,
    layer: (id, lang) => pick(layers.get(id), lang, id),
    dimension: (id, lang) => pick(dimensions.get(id), lang, id),
    scenario: (id, lang) => pick(scenarios.get(id), lang, id),
    productionCase: (id, lang) => pick(cases.get(id), lang, id),
    section: (id, lang) => pick(sections.get(id), lang, ''),
    stack: (stack) => {
      const ids =
        typeof stack === 'string'
          ? stack.split('+')
          : order.flatMap((layer) => (Object.hasOwn(stack, layer) ? [stack[layer]!] : []));
      return ids.map(technology).join(' + ');
    },
  };
}

const cache = new WeakMap<Catalogue, Names>();

/** The names of a catalogue, built once per catalogue object (the catalogue is never mutated). */
export function namesOf(catalogue: Catalogue): Names {
  let names = cache.get(catalogue);
  if (!names) {
    names = createNames(catalogue);
    cache.set(catalogue, names);
  }
  return names;
}
