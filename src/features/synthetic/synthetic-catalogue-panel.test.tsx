// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { syntheticCatalogue } from '../../catalogue/synthetic';
import { useAppStore } from '../../store/app-store';
import { resetStore } from '../../store/store-fixtures';
import { SyntheticCataloguePanel } from './synthetic-catalogue-panel';

const state = () => useAppStore.getState();
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const statusTexts = () => screen.getAllByRole('status').map((s) => s.textContent);

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe('SyntheticCataloguePanel', () => {
  it('starts at 10 × 6, seed 17: 1,000,000 stacks and the link', () => {
    render(<SyntheticCataloguePanel />);
    expect(screen.getByRole('region', { name: 'Synthetic catalogue' })).toBeTruthy();
    expect(field('Options per layer').value).toBe('10');
    expect(field('Layers').value).toBe('6');
    expect(field('Seed').value).toBe('17');
    expect(field('Options per layer').getAttribute('aria-describedby')).toMatch(/-options-range$/);
    expect(statusTexts()).toEqual(['1,000,000 stacks', '']);
    expect(screen.getByRole('link', { name: 'Open as a link' }).getAttribute('href')).toBe(
      '/?synthetic=10x6',
    );
    expect(screen.getByText(`${window.location.origin}/?synthetic=10x6`).tagName).toBe('CODE');
    expect((screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('follows the fields live; over the limit it says so and Generate is disabled', () => {
    render(<SyntheticCataloguePanel />);
    type('Options per layer', '6');
    type('Layers', '8');
    type('Seed', '3');
    expect(statusTexts()).toEqual(['1,679,616 stacks', '']);
    expect(screen.getByRole('link', { name: 'Open as a link' }).getAttribute('href')).toBe(
      '/?synthetic=6x8&seed=3',
    );
    type('Options per layer', '20');
    expect(statusTexts()).toEqual([
      '25,600,000,000 stacksToo many stacks: a catalogue may make at most 2,000,000.',
      '',
    ]);
    // 100^8 is past 2^53: the problem without a rounded figure.
    type('Options per layer', '100');
    expect(statusTexts()).toEqual(['Too many stacks: a catalogue may make at most 2,000,000.', '']);
    expect((screen.getByRole('button', { name: 'Generate' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.queryByRole('link', { name: 'Open as a link' })).toBeNull();
    type('Layers', '9');
    expect(field('Layers').getAttribute('aria-invalid')).toBe('true');
    const describedBy = field('Layers').getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)!.textContent)).toEqual([
      '1 to 8',
      'Layers: a whole number from 1 to 8.',
    ]);
    expect(field('Options per layer').getAttribute('aria-invalid')).toBeNull();
  });

  it('Generate replaces the catalogue as one undoable edit', () => {
    render(<SyntheticCataloguePanel />);
    type('Options per layer', '3');
    type('Layers', '4');
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(state().catalogue).toEqual(syntheticCatalogue({ options: 3, layers: 4, seed: 17 }));
    expect(state().catalogueUndo.map((u) => u.edit)).toEqual([
      { action: 'synthetic', subject: '3x4' },
    ]);
    expect(statusTexts()).toEqual(['81 stacks', 'The catalogue is now the synthetic 3x4.Undo']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(state().catalogue).toBe(seedCatalogue);
    expect(statusTexts()).toEqual(['81 stacks', '']);
  });

  it('Enter in a field generates too', () => {
    render(<SyntheticCataloguePanel />);
    type('Layers', '2');
    fireEvent.submit(field('Layers').form!);
    expect(state().catalogue.technologies).toHaveLength(20);
  });

  it('speaks Chinese', () => {
    resetStore({ language: 'zh' });
    render(<SyntheticCataloguePanel />);
    expect(screen.getByRole('region', { name: '合成目录' })).toBeTruthy();
    expect(field('每层选项数').value).toBe('10');
    expect(field('层数').value).toBe('6');
    expect(field('随机种子').value).toBe('17');
    expect(statusTexts()).toEqual(['1,000,000 个技术栈', '']);
    expect(screen.getByRole('link', { name: '以链接打开' }).getAttribute('href')).toBe(
      '/?synthetic=10x6',
    );
    type('层数', '7');
    expect(statusTexts()).toEqual([
      '10,000,000 个技术栈技术栈过多：目录至多可生成 2,000,000 个。',
      '',
    ]);
    type('层数', '3');
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    expect(statusTexts()).toEqual(['1,000 个技术栈', '当前目录为合成目录 10x3。撤销']);
  });
});
