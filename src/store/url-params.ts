import { z } from 'zod';

import { LANGUAGES } from '../catalogue/ids';
import type { Catalogue, Requirements, Weights } from '../catalogue/types';
import { defaultInputs, MAX_SELECTED, VIEWS, type Inputs } from './app-store';
import { METHODS, type Method } from '../engine/methods';
import { judgementsSchemaFor, requirementsInputSchema, weightValueSchema } from './inputs-schema';
import { sortableColumns } from './reconcile-inputs';
import { isSeedCatalogue } from './seed-baseline';
import { codesFor } from './url-codes';

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

// Plain decimals only: no signs, exponents, hex or whitespace that Number() would accept.
const number = z
  .string()
  .regex(/^\d{1,7}(\.\d{1,2})?$/)
  .transform(Number);
/** Seed links: base-36 digit codes. Links into a user's catalogue: ids joined by "." and ",". */
const seedCodeText = z
  .string()
  .max(200)
  .regex(/^[0-9a-z,]*$/);
const idCodeText = z
  .string()
  .max(1200)
  .regex(/^[0-9a-z.,-]*$/);

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
  DEFAULTS: Inputs,
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
const word = <T extends string>(DEFAULTS: Inputs, slot: Slot<T>, values: readonly [T, ...T[]]) =>
  scalar(DEFAULTS, slot, String, z.enum(values));

/** A param over a list of codes: unknown, repeated or excess items are dropped (a partial read). */
function codeList(
  codes: z.ZodType<string, string>,
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

/** The weights in the catalogue's dimension order, comma-separated. */
function weightsParam(DEFAULTS: Inputs, catalogue: Catalogue): ParamSpec {
  const ids = catalogue.dimensions.map((d) => d.id);
  return scalar<Weights>(
    DEFAULTS,
    input('weights'),
    (w) => ids.map((d) => String(Math.round((w[d] ?? 0) * 100) / 100)).join(','),
    z
      .string()
      .max(16 * ids.length)
      .transform((s) => s.split(','))
      .pipe(z.array(number.pipe(weightValueSchema)).length(ids.length))
      .transform((values) => Object.fromEntries(ids.map((d, i) => [d, values[i]!]))),
    (a, b) => ids.every((d) => a[d] === b[d]),
  );
}

/** The table sorts by one column (enableMultiSort: false): "-" first when descending. */
function sortParam(catalogue: Catalogue): ParamSpec {
  const columns = sortableColumns(catalogue) as [string, ...string[]];
  const sortKey = z
    .string()
    .regex(/^-?[A-Za-z][A-Za-z0-9-]{0,31}$/)
    .transform((s) => ({ id: s.replace(/^-/, ''), desc: s.startsWith('-') }))
    .pipe(z.strictObject({ id: z.enum(columns), desc: z.boolean() }));
  return {
    write: ({ sorting: [first] }) =>
      first && columns.includes(first.id) ? `${first.desc ? '-' : ''}${first.id}` : null,
    read: (text, next) => {
      const key = valid(sortKey, text);
      if (!key) return 'invalid';
      next.sorting = [key];
      return 'ok';
    },
  };
}

const RANK_MODE = { fit: 'fitFirst', score: 'scoreOnly' } as const;

/** The aggregation method's word in a link: `agg=wp` or `agg=topsis` (the weighted sum is the default). */
const METHOD_WORD: Record<Method, string> = {
  weightedSum: 'ws',
  weightedProduct: 'wp',
  topsis: 'topsis',
};
const methodFromWord = Object.fromEntries(METHODS.map((m) => [METHOD_WORD[m], m])) as Record<
  string,
  Method
>;

/**
 * AHP judgements, one character per dimension pair in catalogue order: "3" means the first of
 * the pair is 3 times as important, a letter its reciprocal by position ("c" = 1/3, "i" = 1/9),
 * e.g. `ahp=31c1…` — 15 characters for six dimensions.
 */
const judgementChar = (k: number) => (k >= 1 ? String(k) : String.fromCharCode(96 - k));
const judgementOf = (c: string) => (/[1-9]/.test(c) ? Number(c) : 96 - c.charCodeAt(0));

function judgementsParam(DEFAULTS: Inputs, catalogue: Catalogue): ParamSpec {
  const schema = judgementsSchemaFor(catalogue);
  return scalar<number[]>(
    DEFAULTS,
    input('judgements'),
    (list) => list.map(judgementChar).join(''),
    z
      .string()
      .regex(/^[1-9b-i]{1,120}$/)
      .transform((text) => [...text].map(judgementOf))
      .pipe(schema.refine((list) => list.length > 0)),
    (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  );
}

function buildParams(catalogue: Catalogue): Map<string, ParamSpec> {
  const DEFAULTS = defaultInputs(catalogue);
  const codes = codesFor(catalogue);
  const { layerOf } = codes;
  const codeText = isSeedCatalogue(catalogue) ? seedCodeText : idCodeText;
  const scalar_ = <T>(
    slot: Slot<T>,
    toText: (value: T) => string,
    schema: z.ZodType<T, string>,
  ): ParamSpec => scalar(DEFAULTS, slot, toText, schema);
  return new Map<string, ParamSpec>([
    ['w', weightsParam(DEFAULTS, catalogue)],
    ['n', scalar_(requirement('nodes'), String, number.pipe(shape.nodes))],
    [
      'm',
      scalar_(
        requirement('memoryPerNodeMB'),
        limitText,
        optionalLimit(shape.memoryPerNodeMB.unwrap()),
      ),
    ],
    [
      'c',
      scalar_(requirement('coldStartMs'), limitText, optionalLimit(shape.coldStartMs.unwrap())),
    ],
    ['o', scalar_(requirement('offline'), flagText, flag)],
    ['h', scalar_(requirement('highAvailability'), flagText, flag)],
    ['np', scalar_(requirement('networkPolicy'), String, shape.networkPolicy)],
    ['pc', scalar_(requirement('policyComplexity'), String, shape.policyComplexity)],
    ['db', scalar_(requirement('existingDatabase'), flagText, flag)],
    ['site', scalar_(requirement('site'), String, shape.site)],
    ['alpha', scalar_(requirement('alphaApi'), flagText, flag)],
    ['gpu', scalar_(requirement('gpu'), flagText, flag)],
    ['lang', word(DEFAULTS, input('language'), LANGUAGES)],
    ['view', word(DEFAULTS, input('view'), VIEWS)],
    ['theme', word(DEFAULTS, input('theme'), ['light', 'dark'])],
    [
      'rank',
      scalar_(
        input('rankMode'),
        (v) => (v === 'scoreOnly' ? 'score' : 'fit'),
        z.enum(['fit', 'score']).transform((v) => RANK_MODE[v]),
      ),
    ],
    ['inv', scalar_(input('showInvalid'), flagText, flag)],
    [
      'agg',
      scalar_(
        input('method'),
        (m) => METHOD_WORD[m],
        z
          .string()
          .refine((w) => Object.hasOwn(methodFromWord, w))
          .transform((w) => methodFromWord[w]!),
      ),
    ],
    ['ahp', judgementsParam(DEFAULTS, catalogue)],
    ['dom', scalar_(input('hideDominated'), flagText, flag)],
    [
      'f',
      codeList(
        codeText,
        input('technologyFilter'),
        codes.technologyCode,
        codes.technologyFromCode,
        (kept, id) => kept.every((k) => layerOf(k) !== layerOf(id)),
      ),
    ],
    ['sort', sortParam(catalogue)],
    [
      'sel',
      codeList(
        codeText,
        input('selectedIds'),
        codes.stackCode,
        codes.stackFromCode,
        (kept, id) => kept.length < MAX_SELECTED && !kept.includes(id),
      ),
    ],
    [
      'open',
      scalar_(
        input('openStackId'),
        (id) => (id === null ? '' : (codes.stackCode(id) ?? '')),
        z
          .string()
          .max(400)
          .transform((code) => codes.stackFromCode(code))
          .pipe(z.string()),
      ),
    ],
  ]);
}

const paramsCache = new WeakMap<Catalogue, Map<string, ParamSpec>>();
/** The parameters of links into a catalogue (cached per catalogue). */
export function paramsFor(catalogue: Catalogue): Map<string, ParamSpec> {
  let params = paramsCache.get(catalogue);
  if (!params) {
    params = buildParams(catalogue);
    paramsCache.set(catalogue, params);
  }
  return params;
}
