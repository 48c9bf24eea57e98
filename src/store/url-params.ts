import { z } from 'zod';

import { LANGUAGES } from '../catalogue/ids';
import type { Requirements, Weights } from '../catalogue/types';
import { DIMENSION_IDS } from '../engine/rank';
import { defaultInputs, MAX_SELECTED, VIEWS, type Inputs } from './app-store';
import { requirementsInputSchema, SORTABLE_COLUMNS, weightValueSchema } from './inputs-schema';
import { seedCodes } from './url-codes';

/** How much of a param's value was used: all, some (bad list items dropped) or none. */
export type ReadOutcome = 'ok' | 'partial' | 'invalid';

/**
 * One query parameter of a share link. `write` gives its text, or null when the inputs hold
 * the default (so the parameter is left out). `read` validates an untrusted text with zod
 * and sets only freshly built, validated values on `next` (a fresh defaultInputs()).
 */
export interface ParamSpec {
  write: (inputs: Inputs) => string | null;
  read: (text: string, next: Inputs) => ReadOutcome;
}

/** Where a param's value lives in the inputs. */
interface Slot<T> {
  get: (inputs: Inputs) => T;
  set: (next: Inputs, value: T) => void;
}

const input = <K extends keyof Inputs>(key: K): Slot<Inputs[K]> => ({
  get: (i) => i[key],
  set: (n, v) => void (n[key] = v),
});
const requirement = <K extends keyof Requirements>(key: K): Slot<Requirements[K]> => ({
  get: (i) => i.requirements[key],
  set: (n, v) => void (n.requirements[key] = v),
});

const DEFAULTS = defaultInputs();
// Plain decimals only: no signs, exponents, hex or whitespace that Number() would accept.
const number = z
  .string()
  .regex(/^\d{1,7}(\.\d{1,2})?$/)
  .transform(Number);
const codes = z
  .string()
  .max(200)
  .regex(/^[0-9a-z,]*$/);

/** Reads a text with a zod schema; undefined when it does not validate. */
function valid<T>(schema: z.ZodType<T, string>, text: string): T | undefined {
  const result = schema.safeParse(text);
  return result.success ? result.data : undefined;
}

/**
 * A param over one value: written when it differs from the default (and only if its text
 * reads back, so an encoded link never carries an invalid part), read through a schema.
 */
function scalar<T>(
  slot: Slot<T>,
  toText: (value: T) => string,
  schema: z.ZodType<T, string>,
  same: (a: T, b: T) => boolean = Object.is,
): ParamSpec {
  return {
    write: (inputs) => {
      const value = slot.get(inputs);
      const text = toText(value);
      return same(value, slot.get(DEFAULTS)) || valid(schema, text) === undefined ? null : text;
    },
    read: (text, next) => {
      const value = valid(schema, text);
      if (value === undefined) return 'invalid';
      slot.set(next, value);
      return 'ok';
    },
  };
}

/** A param over one of a few words, written as itself. */
const word = <T extends string>(slot: Slot<T>, values: readonly [T, ...T[]]) =>
  scalar(slot, String, z.enum(values));

/** A param over a list of codes: unknown, repeated or excess items are dropped (a partial read). */
function codeList(
  slot: Slot<string[]>,
  toCode: (id: string) => string | null,
  fromCode: (code: string) => string | null,
  accepts: (kept: string[], id: string) => boolean,
): ParamSpec {
  return {
    write: (inputs) => {
      const list = slot.get(inputs).flatMap((id) => toCode(id) ?? []);
      return list.length === 0 ? null : list.join(',');
    },
    read: (text, next) => {
      const list = valid(codes, text);
      if (list === undefined) return 'invalid';
      const items = list === '' ? [] : list.split(',');
      const kept: string[] = [];
      for (const code of items) {
        const id = fromCode(code);
        if (id !== null && accepts(kept, id)) kept.push(id);
      }
      slot.set(next, kept);
      if (kept.length === items.length) return 'ok';
      return kept.length > 0 ? 'partial' : 'invalid';
    },
  };
}

const shape = requirementsInputSchema.shape;
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const flagText = (v: boolean) => (v ? '1' : '0');
/** A limit that may be absent: a number, or "none" for no limit. */
const optionalLimit = (schema: z.ZodType<number, number>) =>
  z.union([z.literal('none').transform(() => null), number.pipe(schema)]);
const limitText = (v: number | null) => (v === null ? 'none' : String(v));

const weights = scalar<Weights>(
  input('weights'),
  (w) => DIMENSION_IDS.map((d) => String(Math.round(w[d] * 100) / 100)).join(','),
  z
    .string()
    .max(64)
    .transform((s) => s.split(','))
    .pipe(z.array(number.pipe(weightValueSchema)).length(DIMENSION_IDS.length))
    .transform((values) => {
      const w = {} as Weights;
      DIMENSION_IDS.forEach((d, i) => (w[d] = values[i]!));
      return w;
    }),
  (a, b) => DIMENSION_IDS.every((d) => a[d] === b[d]),
);

const sortKey = z
  .string()
  .regex(/^-?[a-z]{1,16}$/)
  .transform((s) => ({ id: s.replace(/^-/, ''), desc: s.startsWith('-') }))
  .pipe(z.strictObject({ id: z.enum(SORTABLE_COLUMNS), desc: z.boolean() }));

/** The table sorts by one column (enableMultiSort: false): "-" first when descending. */
const sort: ParamSpec = {
  write: ({ sorting: [first] }) =>
    first && SORTABLE_COLUMNS.some((c) => c === first.id)
      ? `${first.desc ? '-' : ''}${first.id}`
      : null,
  read: (text, next) => {
    const key = valid(sortKey, text);
    if (!key) return 'invalid';
    next.sorting = [key];
    return 'ok';
  },
};

const RANK_MODE = { fit: 'fitFirst', score: 'scoreOnly' } as const;
const { layerOf } = seedCodes;

/** Every parameter but v (version), s and b (scenario); in the order they are written. */
export const PARAMS = new Map<string, ParamSpec>([
  ['w', weights],
  ['n', scalar(requirement('nodes'), String, number.pipe(shape.nodes))],
  [
    'm',
    scalar(
      requirement('memoryPerNodeMB'),
      limitText,
      optionalLimit(shape.memoryPerNodeMB.unwrap()),
    ),
  ],
  ['c', scalar(requirement('coldStartMs'), limitText, optionalLimit(shape.coldStartMs.unwrap()))],
  ['o', scalar(requirement('offline'), flagText, flag)],
  ['h', scalar(requirement('highAvailability'), flagText, flag)],
  ['np', scalar(requirement('networkPolicy'), String, shape.networkPolicy)],
  ['pc', scalar(requirement('policyComplexity'), String, shape.policyComplexity)],
  ['db', scalar(requirement('existingDatabase'), flagText, flag)],
  ['site', scalar(requirement('site'), String, shape.site)],
  ['alpha', scalar(requirement('alphaApi'), flagText, flag)],
  ['gpu', scalar(requirement('gpu'), flagText, flag)],
  ['lang', word(input('language'), LANGUAGES)],
  ['view', word(input('view'), VIEWS)],
  ['theme', word(input('theme'), ['light', 'dark'])],
  [
    'rank',
    scalar(
      input('rankMode'),
      (v) => (v === 'scoreOnly' ? 'score' : 'fit'),
      z.enum(['fit', 'score']).transform((v) => RANK_MODE[v]),
    ),
  ],
  ['inv', scalar(input('showInvalid'), flagText, flag)],
  [
    'f',
    codeList(
      input('technologyFilter'),
      seedCodes.technologyCode,
      seedCodes.technologyFromCode,
      (kept, id) => kept.every((k) => layerOf(k) !== layerOf(id)),
    ),
  ],
  ['sort', sort],
  [
    'sel',
    codeList(
      input('selectedIds'),
      seedCodes.stackCode,
      seedCodes.stackFromCode,
      (kept, id) => kept.length < MAX_SELECTED && !kept.includes(id),
    ),
  ],
  [
    'open',
    scalar(
      input('openStackId'),
      (id) => (id === null ? '' : (seedCodes.stackCode(id) ?? '')),
      z
        .string()
        .max(16)
        .transform((code) => seedCodes.stackFromCode(code))
        .pipe(z.string()),
    ),
  ],
]);
