import { describe, expect, it } from 'vitest';

import { withGateway, withPodman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { decodeCatalogueLink } from '../../store/catalogue-link';
import { catalogueNoteText, linkWithCatalogue } from './catalogue-note';
import { shareMessages } from './messages';

const INPUTS_URL = 'https://app.example/?v=1&n=5';

describe('linkWithCatalogue', () => {
  it('adds the catalogue to the fragment and says what it changes from the seed', async () => {
    const catalogue = withPodman(seedCatalogue);
    const { url, note } = await linkWithCatalogue(INPUTS_URL, catalogue);
    expect(url.startsWith(`${INPUTS_URL}#catalogue=`)).toBe(true);
    const payload = new URL(url).hash.slice('#catalogue='.length);
    expect(await decodeCatalogueLink(payload, seedCatalogue)).toEqual({ ok: true, catalogue });
    expect(catalogueNoteText(note, shareMessages.en, 'en')).toBe(
      'This link carries your catalogue (1 technology added).',
    );
    expect(catalogueNoteText(note, shareMessages.zh, 'zh')).toBe(
      '此链接带有你的目录（新增 1 项技术）。',
    );
  });

  it('keeps the inputs link alone when the catalogue is too large, and says so with the numbers', async () => {
    const { url, note } = await linkWithCatalogue(
      INPUTS_URL,
      withGateway(seedCatalogue),
      async () => ({
        tooLarge: true,
        length: 12345,
      }),
    );
    expect(url).toBe(INPUTS_URL);
    expect(catalogueNoteText(note, shareMessages.en, 'en')).toBe(
      'Your catalogue is too large for a link (12,345 characters; the limit is 8,000). The link carries your inputs only; send the catalogue as a file:',
    );
  });

  it('never rejects: a browser that cannot compress gives the inputs link and a note', async () => {
    const { url, note } = await linkWithCatalogue(INPUTS_URL, withPodman(seedCatalogue), () =>
      Promise.reject(new ReferenceError('CompressionStream is not defined')),
    );
    expect(url).toBe(INPUTS_URL);
    expect(note).toEqual({ kind: 'notPacked' });
  });

  it('says only that it carries the catalogue when the seed-level summary has no words', async () => {
    const reordered = { ...seedCatalogue, cases: [...seedCatalogue.cases].reverse() };
    const { note } = await linkWithCatalogue(INPUTS_URL, reordered);
    expect(catalogueNoteText(note, shareMessages.en, 'en')).toBe(
      'This link carries your catalogue.',
    );
  });
});
