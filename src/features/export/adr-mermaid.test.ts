// @vitest-environment jsdom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { toAdr } from './to-adr';

/** Every ```mermaid block of a Markdown text, without its fences. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

function adr(scenarioId: string, lang: 'en' | 'zh'): string {
  const s = scenarioById(scenarioId);
  const inputs = {
    ...defaultInputs(),
    language: lang,
    scenarioId: s.id,
    baseScenarioId: s.id,
    weights: s.weights,
    requirements: s.requirements,
  };
  const ranking = rankFor(
    seedCatalogue,
    s.requirements,
    s.weights,
    { mode: 'fitFirst', showInvalid: false },
    s,
  );
  return toAdr({
    inputs,
    ranking,
    catalogue: seedCatalogue,
    shareUrl: 'https://example.test/?v=1',
    date: new Date(2026, 10, 27),
  });
}

// The decision record's diagrams are readable mermaid source that mermaid itself (as GitHub
// runs it) parses: the 17.8.1 tree with its subgraphs and the 17.6.2 flow.
describe('the ADR’s mermaid blocks parse with mermaid', () => {
  for (const [scenario, lang] of [
    ['edge', 'en'],
    ['hybrid', 'zh'],
    ['default', 'en'],
  ] as const) {
    it(`${scenario}, ${lang}`, async () => {
      const blocks = mermaidBlocks(adr(scenario, lang));
      expect(blocks).toHaveLength(2);
      expect(blocks[0]).toContain(lang === 'zh' ? '第 1 层' : 'Level 1');
      for (const block of blocks) {
        // Readable: only what could end or alter a quoted label is an entity (" # < > & ` \).
        const entities = new Set([...block.matchAll(/#(\d+);/g)].map((m) => Number(m[1])));
        for (const code of entities) expect([34, 35, 38, 60, 62, 92, 96]).toContain(code);
        await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
      }
    });
  }
});

it('mermaid.parse rejects a broken block (so the checks above can fail)', async () => {
  await expect(mermaid.parse('flowchart TD\n  a["unclosed --> b')).rejects.toThrow();
});
