import { describe, expect, it } from 'vitest';

import { STACK_SECTIONS, useAppStore } from '../../store/app-store';
import { resetStore } from '../../store/store-fixtures';
import { detailMessages } from './messages';
import {
  currentSection,
  isStackSection,
  layerHeadingId,
  sectionHeadingId,
  sectionLinks,
  startHeading,
} from './sections';

describe('the drawer’s section navigation', () => {
  it('lists every section in page order with its heading’s words, in both languages', () => {
    expect(sectionLinks(detailMessages.en)).toEqual([
      { id: 'overview', label: 'Overview', short: 'Overview', headingId: 'drawer-overview' },
      {
        id: 'explanation',
        label: 'Why this score',
        short: 'Score',
        headingId: 'drawer-explanation',
      },
      { id: 'fit', label: 'Requirement checks', short: 'Checks', headingId: 'drawer-fit' },
      {
        id: 'compatibility',
        label: 'Compatibility',
        short: 'Compatibility',
        headingId: 'drawer-compatibility',
      },
      { id: 'cases', label: 'Production cases', short: 'Cases', headingId: 'drawer-cases' },
      { id: 'facts', label: 'Layer facts', short: 'Facts', headingId: 'drawer-facts' },
    ]);
    expect(sectionLinks(detailMessages.zh).map((l) => l.label)).toEqual([
      '概览',
      '得分解释',
      '需求检查',
      '兼容性',
      '生产案例',
      '各层事实',
    ]);
    expect(sectionLinks(detailMessages.zh).map((l) => l.short)).toEqual([
      '概览',
      '得分',
      '检查',
      '兼容性',
      '案例',
      '事实',
    ]);
  });

  it('shows phone words that are part of the accessible name (WCAG 2.5.3)', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const link of sectionLinks(detailMessages[lang])) {
        expect(link.label.toLowerCase()).toContain(link.short.toLowerCase());
      }
    }
  });

  it('gives every heading its own id', () => {
    const ids = [...STACK_SECTIONS.map(sectionHeadingId), layerHeadingId('storage')];
    expect(new Set(ids).size).toBe(ids.length);
    expect(layerHeadingId('storage')).toBe('drawer-facts-storage');
  });
});

describe('where an entry point opens the drawer', () => {
  it('Explain opens at the explanation, a fit link at the checks', () => {
    expect(startHeading('explanation')).toBe('drawer-explanation');
    expect(startHeading('fit')).toBe('drawer-fit');
    expect(startHeading('facts')).toBe('drawer-facts');
  });

  it('Details (no section) and the overview open at the top', () => {
    expect(startHeading(null)).toBeNull();
    expect(startHeading('overview')).toBeNull();
  });

  it('the store carries the section while the drawer is open, and drops it on close', () => {
    resetStore();
    const { openStack } = useAppStore.getState();
    openStack('a', 'explanation');
    expect(useAppStore.getState()).toMatchObject({
      openStackId: 'a',
      openStackSection: 'explanation',
    });
    openStack('b');
    expect(useAppStore.getState()).toMatchObject({ openStackId: 'b', openStackSection: null });
    openStack('b', 'fit');
    openStack(null);
    expect(useAppStore.getState()).toMatchObject({ openStackId: null, openStackSection: null });
  });
});

describe('the current section while scrolling', () => {
  it('is the topmost section at the reading line', () => {
    expect(currentSection(new Set(['cases', 'compatibility']), 'overview')).toBe('compatibility');
    expect(currentSection(new Set(['facts']), 'cases')).toBe('facts');
  });

  it('stays where it was when no section crosses the line', () => {
    expect(currentSection(new Set(), 'fit')).toBe('fit');
  });

  it('reads section ids back from the DOM, rejecting anything else', () => {
    expect(isStackSection('fit')).toBe(true);
    expect(isStackSection('layers')).toBe(false);
    expect(isStackSection(undefined)).toBe(false);
  });
});
