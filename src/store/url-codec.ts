// STUB — to be replaced by the real versioned, validated codec (issue 4). The signatures are the contract.
import { defaultInputs, type Inputs } from './app-store';

export interface DecodeResult {
  inputs: Inputs;
  /** Names of the parts of the link that were invalid and fell back to defaults. */
  ignored: string[];
}

/** The inputs as a compact, versioned query string (without "?"). */
export function encodeInputs(inputs: Inputs): string {
  return `v=1&lang=${inputs.language}`;
}

/** Decodes an untrusted query string into fresh inputs; never throws. */
export function decodeInputs(query: string): DecodeResult {
  void query;
  return { inputs: defaultInputs(), ignored: [] };
}

/** The full share link of the inputs for a page location. */
export function shareUrl(inputs: Inputs, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?${encodeInputs(inputs)}`;
}
