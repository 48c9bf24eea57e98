// Ids for what the user adds, derived from the names they type. Each id fits its schema
// (technology ids: lower-case with "-", at most 48 characters; layer and dimension ids: a
// letter, then letters, digits or "-", at most 32; rule ids: at most 64) and is unique in its
// collection, so a derived id never makes a catalogue invalid.

const TECHNOLOGY_MAX = 48;
const KEY_MAX = 32;
const RULE_MAX = 64;

/** Ids that name a property every object has: never handed out. */
const reserved = (id: string) => id in Object.prototype || id === 'prototype';

/** ASCII words of a name: "API gateway (v2)" → ["API", "gateway", "v2"]; accents dropped. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** A technology id from a name: "OPA Wasm" → "opa-wasm"; empty when the name has no ASCII letters or digits. */
export function technologySlug(name: string): string {
  return words(name).join('-').toLowerCase().slice(0, TECHNOLOGY_MAX).replace(/-+$/, '');
}

/** A layer or dimension id from a name: "API gateway" → "apiGateway"; empty when it has no ASCII word that starts with a letter. */
export function keySlug(name: string): string {
  const list = words(name);
  const first = list.findIndex((w) => /^[A-Za-z]/.test(w));
  if (first < 0) return '';
  return list
    .slice(first)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, KEY_MAX);
}

/** `base`, else `base-2`, `base-3` … (cut to `max` characters): the first id not taken nor reserved. */
export function uniqueId(base: string, taken: Iterable<string>, max: number): string {
  const used = new Set(taken);
  const free = (id: string) => !used.has(id) && !reserved(id);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, max - suffix.length)}${suffix}`;
    if (free(id)) return id;
  }
}

/** A new technology's id: from its name, unique among `taken`; "technology" when the name gives none. */
export function technologyIdFor(name: string, taken: Iterable<string>): string {
  return uniqueId(technologySlug(name) || 'technology', taken, TECHNOLOGY_MAX);
}

/** A new layer's or dimension's id: from its (English, else Chinese) name, unique among `taken`. */
export function keyIdFor(name: string, taken: Iterable<string>, fallback: string): string {
  return uniqueId(keySlug(name) || fallback, taken, KEY_MAX);
}

/** The id of a duplicate: `<id>-copy`, then `<id>-copy-2` … */
export function copyIdFor(id: string, taken: Iterable<string>): string {
  const base = `${id.slice(0, TECHNOLOGY_MAX - '-copy'.length)}-copy`;
  return uniqueId(base, taken, TECHNOLOGY_MAX);
}

/** A new rule's id: its kind and technology ids ("requires-podman-crun"), unique among `taken`. */
export function ruleIdFor(kind: string, ids: readonly string[], taken: Iterable<string>): string {
  const base = [kind, ...ids].join('-').slice(0, RULE_MAX).replace(/-+$/, '');
  return uniqueId(base, taken, RULE_MAX);
}
