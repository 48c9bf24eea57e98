import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue, LayerId } from '../catalogue/types';
import { isSeedCatalogue } from './seed-baseline';

/**
 * Short codes for share links. With the seed catalogue a stack is one base-36 digit per
 * layer: the index of its technology within that layer, in catalogue order ("102131"). A
 * technology is a layer letter and that digit ("r2" = the third runtime). Seed order is
 * therefore part of the link format.
 *
 * A user's catalogue can change order, add and remove technologies and layers, so its links
 * name technologies by id: a stack is its technology ids joined by "." in layer order
 * ("k3s.podman.crun.sqlite.flannel.kyverno"), a technology its id.
 */
export interface UrlCodes {
  stackCode: (stackId: string) => string | null;
  stackFromCode: (code: string) => string | null;
  technologyCode: (technologyId: string) => string | null;
  technologyFromCode: (code: string) => string | null;
  layerOf: (technologyId: string) => LayerId | undefined;
}

const LAYER_LETTER: Record<string, string> = {
  orchestration: 'o',
  runtime: 'r',
  ociRuntime: 'c',
  storage: 's',
  network: 'n',
  policy: 'p',
};

/** Codes by id, for a user's catalogue; lookups return null for anything unknown. */
export function buildIdCodes(catalogue: Pick<Catalogue, 'layers' | 'technologies'>): UrlCodes {
  const layerIds = catalogue.layers.map((l) => l.id);
  const layerOfId = new Map(catalogue.technologies.map((t) => [t.id, t.layer]));
  const partsValid = (parts: string[]) =>
    parts.length === layerIds.length && parts.every((id, i) => layerOfId.get(id) === layerIds[i]);
  return {
    stackCode: (stackId) => {
      const parts = stackId.split('+');
      return partsValid(parts) ? parts.join('.') : null;
    },
    stackFromCode: (code) => {
      const parts = code.split('.');
      return partsValid(parts) ? parts.join('+') : null;
    },
    technologyCode: (id) => (layerOfId.has(id) ? id : null),
    technologyFromCode: (code) => (layerOfId.has(code) ? code : null),
    layerOf: (id) => layerOfId.get(id),
  };
}

/** Positional codes (the seed's link format); lookups return null for anything unknown. */
export function buildUrlCodes(catalogue: Pick<Catalogue, 'layers' | 'technologies'>): UrlCodes {
  const layerIds = catalogue.layers.map((l) => l.id);
  const byLayer = layerIds.map((layer) =>
    catalogue.technologies.filter((t) => t.layer === layer).map((t) => t.id),
  );
  const digitOf = new Map<string, string>();
  const layerOfId = new Map<string, LayerId>();
  byLayer.forEach((ids, i) =>
    ids.forEach((id, index) => {
      digitOf.set(id, index.toString(36));
      layerOfId.set(id, layerIds[i]!);
    }),
  );
  const techFromDigit = (layerIndex: number, digit: string): string | null => {
    if (!/^[0-9a-z]$/.test(digit)) return null;
    return byLayer[layerIndex]?.[parseInt(digit, 36)] ?? null;
  };

  return {
    stackCode: (stackId) => {
      const parts = stackId.split('+');
      if (parts.length !== layerIds.length) return null;
      let code = '';
      for (const [i, id] of parts.entries()) {
        if (layerOfId.get(id) !== layerIds[i]) return null;
        code += digitOf.get(id);
      }
      return code;
    },
    stackFromCode: (code) => {
      if (code.length !== layerIds.length) return null;
      const parts = [...code].map((digit, i) => techFromDigit(i, digit));
      return parts.every((p) => p !== null) ? parts.join('+') : null;
    },
    technologyCode: (id) => {
      const layer = layerOfId.get(id);
      const letter = layer === undefined ? undefined : LAYER_LETTER[layer];
      return letter === undefined ? null : letter + digitOf.get(id);
    },
    technologyFromCode: (code) => {
      if (code.length !== 2) return null;
      const layerIndex = layerIds.findIndex(
        (l) => LAYER_LETTER[l] !== undefined && LAYER_LETTER[l] === code[0],
      );
      return layerIndex < 0 ? null : techFromDigit(layerIndex, code[1]!);
    },
    layerOf: (id) => layerOfId.get(id),
  };
}

/** The code tables of the seed catalogue. */
export const seedCodes = buildUrlCodes(seedCatalogue);

const codesCache = new WeakMap<Catalogue, UrlCodes>();
/** The code tables of a catalogue: positional for the seed's, by id for any other. */
export function codesFor(catalogue: Catalogue): UrlCodes {
  if (isSeedCatalogue(catalogue)) return seedCodes;
  let codes = codesCache.get(catalogue);
  if (!codes) {
    codes = buildIdCodes(catalogue);
    codesCache.set(catalogue, codes);
  }
  return codes;
}
