import { type CatalogueError, ROOT_PATH, previewValue } from './catalogue-errors';

/** The UTF-8 size of a text, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** `5242880` → `5 MB`, `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}

/** The error for a text over `maxBytes`, or null when it fits. Cheap for huge texts. */
export function sizeError(text: string, maxBytes: number, what: string): CatalogueError | null {
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes <= maxBytes) return null;
  return {
    path: ROOT_PATH,
    value: text.length > maxBytes ? `over ${formatBytes(maxBytes)}` : formatBytes(bytes),
    expected: `${what} of at most ${formatBytes(maxBytes)}`,
  };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Where the first JSON syntax error of `text` is (a UTF-16 index), or -1 when it is valid.
 * Iterative: deep nesting cannot overflow the stack.
 */
export function jsonErrorPosition(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  /** Scans a string at i; false (i at the fault) when it is not one. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined || !ESCAPES.includes(e)) {
          i++;
          return false;
        }
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) {
            i += 2;
            return false;
          }
          i += 6;
        } else i += 2;
      } else i++;
    }
    return false;
  };
  /** After `{` or `,` in an object: a key and its colon. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // A value starts at i.
    skipSpace();
    const c = text[i];
    let opened = false;
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        opened = true;
        if (c === '{' && !key()) return i;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, i)) return i;
      i += word.length;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    if (opened) continue;
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      const d = text[i];
      if (d === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (d === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

/** Line and column (both from 1) of a UTF-16 index. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

export type JsonParseResult = { ok: true; data: unknown } | { ok: false; error: CatalogueError };

/**
 * JSON.parse that never throws: a syntax error names its line and column (path), the text
 * around it (value) and the parser's own message (expected). A leading BOM is ignored.
 */
export function parseJson(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let index = jsonErrorPosition(body);
    if (index < 0) {
      const match = /position (\d+)/.exec(message);
      index = match ? Number(match[1]) : 0;
    }
    const { line, column } = lineColumn(body, index);
    const around = body.slice(Math.max(0, index - 20), index + 20);
    return {
      ok: false,
      error: {
        path: `line ${line}, column ${column}`,
        value: body.trim() === '' ? '(empty)' : previewValue(around),
        expected: `valid JSON (${message.length > 200 ? `${message.slice(0, 199)}…` : message})`,
      },
    };
  }
}
