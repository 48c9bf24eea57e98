import type { z } from 'zod';

import { FACT_KEYS } from './ids';

/**
 * One problem of an imported catalogue, precise enough to fix by hand: where it is, what is
 * there and what the rule asks for. `path` reads like code (`technologies[3].facts.startTime.min`)
 * or, for a CSV, like a spreadsheet (`row 5, column unit`); `value` is a short JSON preview of
 * what the file holds there ('(missing)' when nothing); `expected` is the rule in plain English.
 */
export interface CatalogueError {
  path: string;
  value: string;
  expected: string;
}

/** The path of an error about the whole input rather than a part of it. */
export const ROOT_PATH = '(root)';
/** The value shown when the file has nothing at the path. */
export const MISSING = '(missing)';
/** How long a value preview may be. */
export const PREVIEW_MAX = 80;
/** At most this many errors are listed; one more entry then says how many were left out. */
export const MAX_ERRORS = 100;

/** One step of a path: a key of an object or an index of a list. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const MAX_KEY_IN_PATH = 48;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Paths longer than this many steps show their first and last steps around an ellipsis. */
const MAX_PATH_STEPS = 24;

/** `['technologies', 3, 'facts', 'startTime']` → `technologies[3].facts.startTime`. */
export function formatPath(path: readonly PropertyKey[]): string {
  const step = (segment: PropertyKey): string => {
    if (typeof segment === 'number') return `[${segment}]`;
    const key = typeof segment === 'symbol' ? String(segment) : segment;
    return PLAIN_KEY.test(key) && key.length <= MAX_KEY_IN_PATH
      ? `.${key}`
      : `[${JSON.stringify(clip(key, MAX_KEY_IN_PATH))}]`;
  };
  const half = MAX_PATH_STEPS / 2;
  const steps =
    path.length > MAX_PATH_STEPS
      ? [...path.slice(0, half).map(step), '.…', ...path.slice(-half).map(step)]
      : path.map(step);
  const out = steps.join('');
  if (out === '') return ROOT_PATH;
  return out.startsWith('.') ? out.slice(1) : out;
}

function previewInner(value: unknown, budget: number, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > budget ? value.slice(0, budget) : value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'function':
    case 'symbol':
      return `(${typeof value})`;
    default:
      break;
  }
  if (value === null) return 'null';
  if (depth > 8) return '…';
  const parts: string[] = [];
  let used = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && used <= budget; i++) {
      const part = previewInner(value[i], budget - used, depth + 1);
      parts.push(part);
      used += part.length + 1;
    }
    return `[${parts.join(',')}${used > budget && parts.length < value.length ? ',…' : ''}]`;
  }
  const keys = Object.keys(value as object);
  for (let i = 0; i < keys.length && used <= budget; i++) {
    const key = keys[i]!;
    const name = JSON.stringify(key.length > budget ? key.slice(0, budget) : key);
    const part = `${name}:${previewInner((value as Record<string, unknown>)[key], budget - used - name.length, depth + 1)}`;
    parts.push(part);
    used += part.length + 1;
  }
  return `{${parts.join(',')}${used > budget && parts.length < keys.length ? ',…' : ''}}`;
}

/**
 * A short, safe preview of any value: JSON-like, at most `max` characters, never throwing and
 * never walking more of a huge or deeply nested value than it shows.
 */
export function previewValue(value: unknown, max: number = PREVIEW_MAX): string {
  if (value === undefined) return MISSING;
  let text: string;
  try {
    text = previewInner(value, max + 1, 0);
  } catch {
    text = '(unreadable)';
  }
  return clip(text, max);
}

/** The value at `path` inside `input`, own properties only; undefined when absent. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = typeof segment === 'symbol' ? segment : String(segment);
    try {
      if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
      current = (current as Record<PropertyKey, unknown>)[key];
    } catch {
      return undefined;
    }
  }
  return current;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
};

const ITEM_WORDS: Record<string, [string, string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function count(n: number | bigint, origin: string): string {
  const [one, many] = ITEM_WORDS[origin] ?? ['', ''];
  return `${n} ${n === 1 || n === 1n ? one : many}`;
}

function listOf(values: readonly unknown[]): string {
  const words = values.map((v) => (typeof v === 'string' ? v : String(v)));
  return words.length === 1 ? `exactly ${previewValue(values[0])}` : `one of: ${words.join(', ')}`;
}

/** What a zod issue asks for, in plain English. */
export function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small': {
      const n = issue.minimum;
      if (issue.origin === 'string')
        return n === 1 ? 'a non-empty text' : `a text of at least ${count(n, 'string')}`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        if (issue.exact) return `exactly ${count(n, 'array')}`;
        return n === 1 ? 'at least one item' : `at least ${count(n, 'array')}`;
      }
      return issue.inclusive === false ? `a number above ${n}` : `a number of at least ${n}`;
    }
    case 'too_big': {
      const n = issue.maximum;
      if (issue.origin === 'string') return `a text of at most ${count(n, 'string')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return issue.exact ? `exactly ${count(n, 'array')}` : `at most ${count(n, 'array')}`;
      return issue.inclusive === false ? `a number below ${n}` : `a number of at most ${n}`;
    }
    case 'invalid_value':
      return listOf(issue.values);
    case 'invalid_format':
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return issue.pattern ? `a text matching ${issue.pattern}` : `a valid ${issue.format}`;
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    case 'invalid_union': {
      if ('options' in issue && issue.options && issue.options.length > 0)
        return listOf(issue.options);
      const branches = [
        ...new Set(issue.errors.map((branch) => (branch[0] ? expectedOf(branch[0]) : ''))),
      ].filter((b) => b !== '');
      return branches.length > 0 ? branches.join(', or ') : issue.message;
    }
    case 'invalid_key':
      return issue.issues[0] ? `a key that is ${expectedOf(issue.issues[0])}` : 'a valid key';
    case 'invalid_element':
      return issue.issues[0] ? expectedOf(issue.issues[0]) : 'a valid element';
    case 'unrecognized_keys':
      return 'only known keys';
    default:
      return issue.message;
  }
}

/**
 * What the input holds at an issue's path: for a list that is too long or too short, how many
 * items it has (`14 items`), not an excerpt of them; else a preview.
 */
function issueValue(issue: z.core.$ZodIssue, value: unknown): string {
  const isLength =
    (issue.code === 'too_big' || issue.code === 'too_small') &&
    (issue.origin === 'array' || issue.origin === 'set');
  if (isLength && Array.isArray(value)) return count(value.length, 'array');
  return previewValue(value);
}

function unrecognizedKeyExpected(parent: readonly PropertyKey[]): string {
  return parent[parent.length - 1] === 'facts'
    ? `a known fact key (one of: ${FACT_KEYS.join(', ')})`
    : 'only known keys';
}

/**
 * Turns zod issues into catalogue errors, reading values from the original input. Maps at most
 * MAX_ERRORS issues: pass `issues.length` to `capErrors` to count the rest.
 */
export function zodIssuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): CatalogueError[] {
  const errors: CatalogueError[] = [];
  for (const issue of issues.slice(0, MAX_ERRORS)) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...path, key]),
          value: previewValue(valueAt(input, [...issue.path, key])),
          expected: unrecognizedKeyExpected(path),
        });
      }
    } else if (issue.code === 'invalid_key') {
      const key = issue.path[issue.path.length - 1];
      errors.push({
        path: formatPath(path),
        value: previewValue(typeof key === 'symbol' ? String(key) : key),
        expected: expectedOf(issue),
      });
    } else {
      errors.push({
        path: formatPath(path),
        value: issueValue(issue, valueAt(input, issue.path)),
        expected: expectedOf(issue),
      });
    }
  }
  return errors;
}

function moreErrors(n: number): CatalogueError {
  return { path: '…', value: `${n} more errors`, expected: 'the errors above fixed first' };
}

/** How many objects and lists `protoKeyErrors` looks at before it stops. */
const PROTO_SCAN_LIMIT = 1_000_000;

/**
 * Every own `__proto__` key in the input (JSON.parse makes them own properties). zod drops
 * such keys silently; a catalogue file that carries one is refused instead. Iterative (deep
 * nesting cannot overflow the stack), cycle-safe and bounded.
 */
export function protoKeyErrors(input: unknown): CatalogueError[] {
  interface Node {
    value: unknown;
    parent: number;
    key: PathSegment;
  }
  const nodes: Node[] = [{ value: input, parent: -1, key: '' }];
  const seen = new Set<object>();
  const errors: CatalogueError[] = [];
  const pathOf = (index: number, last: PathSegment): PathSegment[] => {
    const path: PathSegment[] = [last];
    for (let i = index; i > 0; i = nodes[i]!.parent) path.push(nodes[i]!.key);
    return path.reverse();
  };
  try {
    for (let i = 0; i < nodes.length && i < PROTO_SCAN_LIMIT; i++) {
      const { value } = nodes[i]!;
      if (value === null || typeof value !== 'object' || seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let j = 0; j < value.length; j++) nodes.push({ value: value[j], parent: i, key: j });
        continue;
      }
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        if (key === '__proto__') {
          if (errors.length < MAX_ERRORS)
            errors.push({
              path: formatPath(pathOf(i, key)),
              value: previewValue(child),
              expected: 'a key other than __proto__',
            });
        } else nodes.push({ value: child, parent: i, key });
      }
    }
  } catch {
    // A getter or proxy that throws: zod reports that part of the input.
  }
  return errors;
}

/**
 * Keeps a list of errors readable: the first MAX_ERRORS, then one entry counting the rest
 * (`total` errors in all, when fewer were mapped).
 */
export function capErrors(
  errors: CatalogueError[],
  total: number = errors.length,
): CatalogueError[] {
  if (total <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), moreErrors(total - MAX_ERRORS)];
}

/** One line for logs and tests: `path: expected (got value)`. */
export function formatCatalogueError(error: CatalogueError): string {
  return `${error.path}: expected ${error.expected}, got ${error.value}`;
}
