import type { Catalogue } from '../catalogue/types';
import type { Inputs } from './app-store';
import { isSeedCatalogue } from './seed-baseline';
import { scenarioIn } from '../engine/presets';
import { rankFor } from './use-ranking';
import { decodeInputs, isSeedBoundLink, OWN_CATALOGUE_PARAM } from './url-codec';

/** What one pasted line gave: a reviewer's inputs, or why it was left out. */
export type ReviewLineStatus =
  | 'ok'
  /** Read, but some parts of the link were invalid and kept their defaults. */
  | 'partial'
  /** Nothing in it is a parameter of a share link. */
  | 'unreadable'
  | 'tooLong'
  | 'version'
  /** A link into the seed catalogue's weights while the user has their own catalogue. */
  | 'seedLink'
  /** A link into someone's own catalogue while the user has the seed's. */
  | 'ownLink'
  /** Its weights could not be read: the defaults it would fall back to are not this reviewer's. */
  | 'noWeights';

export interface ReviewLine {
  /** 1-based line number in the pasted text. */
  line: number;
  status: ReviewLineStatus;
  /** The reviewer's inputs, for 'ok' and 'partial' only. */
  inputs: Inputs | null;
  /** How many parts of the link were ignored (never their names: they are untrusted text). */
  ignored: number;
}

/** The query of a pasted line: the part after the first "?", without a "#" fragment. */
export function queryOf(text: string): string {
  const trimmed = text.trim();
  const start = trimmed.indexOf('?');
  const query = start === -1 ? trimmed : trimmed.slice(start + 1);
  const hash = query.indexOf('#');
  return hash === -1 ? query : query.slice(0, hash);
}

/** The distinct parameter names of a query (none when URLSearchParams cannot read it). */
function keysOf(query: string): Set<string> {
  try {
    return new Set(new URLSearchParams(query).keys());
  } catch {
    return new Set();
  }
}

/** One line as a reviewer's inputs for the catalogue, or the reason it is left out. */
export function readReviewLine(text: string, line: number, catalogue: Catalogue): ReviewLine {
  const query = queryOf(text);
  const out = (status: ReviewLineStatus): ReviewLine => ({
    line,
    status,
    inputs: null,
    ignored: 0,
  });
  // A URL of another scheme (javascript:, data:, file: …) is not a share link.
  const trimmed = text.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:\/\//i.test(trimmed))
    return out('unreadable');
  const decoded = decodeInputs(query, catalogue);
  if (decoded.rejected) return out(decoded.rejected);
  const keys = keysOf(query);
  const known = [...keys].filter((key) => !decoded.ignored.includes(key));
  if (known.length === 0) return out('unreadable');
  const own = keys.has(OWN_CATALOGUE_PARAM);
  if (own && isSeedCatalogue(catalogue)) return out('ownLink');
  if (!own && !isSeedCatalogue(catalogue) && isSeedBoundLink(query)) return out('seedLink');
  if (decoded.ignored.includes('w')) return out('noWeights');
  const ignored = decoded.ignored.length;
  return { line, status: ignored > 0 ? 'partial' : 'ok', inputs: decoded.inputs, ignored };
}

/** Every non-blank line of the pasted text, read against the catalogue; blank lines are skipped. */
export function readReviewLinks(lines: readonly string[], catalogue: Catalogue): ReviewLine[] {
  return lines.flatMap((text, i) =>
    text.trim() === '' ? [] : [readReviewLine(text, i + 1, catalogue)],
  );
}

/** A reviewer's #1 under their own inputs: the stack's id and its score (0 … 1). */
export interface ReviewerTop {
  stackId: string;
  total: number;
}

/**
 * Each readable line's #1 stack, ranked with that reviewer's requirements, weights, rank mode,
 * "show invalid", method and starting scenario (null when nothing ranks).
 */
export function reviewerTops(
  lines: readonly ReviewLine[],
  catalogue: Catalogue,
): (ReviewerTop | null)[] {
  return lines.flatMap(({ inputs }) => {
    if (!inputs) return [];
    const [first] = rankFor(
      catalogue,
      inputs.requirements,
      inputs.weights,
      { mode: inputs.rankMode, showInvalid: inputs.showInvalid, method: inputs.method },
      scenarioIn(catalogue, inputs.baseScenarioId),
    );
    return [first ? { stackId: first.stack.id, total: first.total } : null];
  });
}
