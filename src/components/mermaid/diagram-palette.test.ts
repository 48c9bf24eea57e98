import { describe, expect, it } from 'vitest';

import { contrastRatio, luminance } from '../colour-math';
import { mermaidThemeVariables, paletteFor } from './diagram-palette';

describe.each(['light', 'dark'] as const)('the %s palette', (theme) => {
  const p = paletteFor(theme);
  const page = mermaidThemeVariables(theme).background as string;

  it.each(['taken', 'idle', 'alert'] as const)('%s text passes WCAG AA on its fill', (e) => {
    expect(contrastRatio(p[e].text, p[e].fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the path and the alert loop at 3:1 or more against the page (non-text contrast)', () => {
    for (const colour of [p.edge.taken, p.edge.alert, p.taken.stroke, p.alert.stroke])
      expect(contrastRatio(colour, page)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the taken path apart from the branches not taken', () => {
    expect(p.taken.fill).not.toBe(p.idle.fill);
    expect(p.edge.taken).not.toBe(p.edge.idle);
  });
});

describe('dark fills', () => {
  it('are dark, light fills light', () => {
    for (const e of ['taken', 'idle', 'alert'] as const) {
      expect(luminance(paletteFor('dark')[e].fill)).toBeLessThan(0.05);
      expect(luminance(paletteFor('light')[e].fill)).toBeGreaterThan(0.7);
    }
    expect(mermaidThemeVariables('dark')).toMatchObject({ darkMode: true, background: '#111a2e' });
  });
});
