import type { Language } from '../catalogue/types';

/** A feature's interface strings in both languages; zh must have every key en has. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

/** Declares a message dictionary; the type checker enforces both languages have the same keys. */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

const plurals = new Intl.PluralRules('en-US');

/**
 * Replaces {name} placeholders with values, and {name:one|other} with the English word form
 * the number in `name` takes (Intl.PluralRules: "1 stack", "2 stacks"; Chinese templates have
 * no plural forms). Unknown placeholders stay as they are. Values are inserted once, so a
 * value that itself contains braces is never read as a placeholder.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g,
    (whole, key: string, one?: string, other?: string) => {
      if (!Object.hasOwn(values, key)) return whole;
      if (one === undefined || other === undefined) return String(values[key]);
      return plurals.select(Number(values[key])) === 'one' ? one : other;
    },
  );
}
