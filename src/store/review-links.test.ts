import { describe, expect, it } from 'vitest';

import { withSecurity } from '../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { defaultInputs } from './app-store';
import { encodeInputs } from './url-codec';
import { queryOf, readReviewLine, readReviewLinks } from './review-links';

const defaults = defaultInputs();
const resourceFirst = encodeInputs({
  ...defaults,
  scenarioId: null,
  weights: { ...defaults.weights, resource: 5, performance: 1, scale: 1, availability: 1, cost: 1 },
});

describe('queryOf', () => {
  it('takes the part after "?" and drops a fragment; a bare query is kept', () => {
    expect(queryOf('https://x.test/app/?v=1&w=1,2#catalogue=abc')).toBe('v=1&w=1,2');
    expect(queryOf('  v=1&s=edge  ')).toBe('v=1&s=edge');
    expect(queryOf('https://x.test/?')).toBe('');
  });
});

describe('readReviewLinks', () => {
  it('reads each non-blank line; left-out lines say why, by number only', () => {
    const lines = readReviewLinks(
      [
        `https://x.test/?${resourceFirst}`,
        '',
        'hello <script>alert(1)</script>',
        'https://x.test/?v=2&w=1,1,1,1,1,1',
        'https://x.test/?v=1&w=9,9,9,9,9,9&zzz=<b>',
        `https://x.test/?v=1&w=${'1,'.repeat(1100)}1`,
        '   ',
        'https://x.test/?v=1&s=edge',
        'https://x.test/?v=1&w=2,1,1,1,1,1&zzz=<b>&n=0',
        'javascript:alert(1)//?v=1&w=2,1,1,1,1,1',
      ],
      seedCatalogue,
    );
    expect(lines.map((l) => [l.line, l.status, l.ignored])).toEqual([
      [1, 'ok', 0],
      [3, 'unreadable', 0],
      [4, 'version', 0],
      // Weights it cannot read would count the defaults as this reviewer's: left out.
      [5, 'noWeights', 0],
      [6, 'tooLong', 0],
      [8, 'ok', 0],
      [9, 'partial', 2],
      [10, 'unreadable', 0],
    ]);
    expect(lines[0]!.inputs!.weights).toEqual({
      resource: 5,
      performance: 1,
      scale: 1,
      availability: 1,
      cost: 1,
      maturity: 1,
    });
    expect(lines[5]!.inputs!.scenarioId).toBe('edge');
    // The unknown part and the invalid node count did nothing; the weights were read.
    expect(lines[6]!.inputs!.weights).toEqual({ ...lines[0]!.inputs!.weights, resource: 2 });
    expect(lines[6]!.inputs!.requirements.nodes).toBe(defaults.requirements.nodes);
    expect(lines.filter((l) => l.inputs === null).map((l) => l.line)).toEqual([3, 4, 5, 6, 10]);
  });

  it('a link made with another catalogue than the one in use is left out', () => {
    expect(readReviewLine('https://x.test/?v=1&own=1&w=1,1,1,1,1,1', 1, seedCatalogue).status).toBe(
      'ownLink',
    );
    const custom = withSecurity(seedCatalogue);
    expect(readReviewLine(`https://x.test/?${resourceFirst}`, 1, custom).status).toBe('seedLink');
    // A link without catalogue-bound parts reads in any catalogue.
    expect(readReviewLine('https://x.test/?v=1&n=50', 1, custom).status).toBe('ok');
  });
});
