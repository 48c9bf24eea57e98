// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { defaultInputs, scenarioById, useAppStore } from '../../store/app-store';
import { ExportMenu } from './export-menu';

let saved: { blob: Blob; name: string }[] = [];

beforeEach(() => {
  const edge = scenarioById('edge');
  useAppStore.setState({
    ...defaultInputs(),
    weights: { ...edge.weights },
    requirements: { ...edge.requirements },
    scenarioId: 'edge',
    baseScenarioId: 'edge',
    notices: [],
  });
  saved = [];
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ blob: blob!, name: this.download });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A Blob's bytes as UTF-8 text, BOM kept (jsdom's Blob has no text()). */
function read(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

const toggle = () => screen.getByRole('button', { name: 'Export' });

describe('ExportMenu', () => {
  it('opens on click, focuses the first item, moves with arrows and closes with Escape', async () => {
    render(<ExportMenu />);
    expect(toggle()).toHaveProperty('ariaExpanded', 'false');
    expect(screen.queryByRole('button', { name: 'Ranking (CSV)' })).toBeNull();
    fireEvent.click(toggle());
    expect(toggle()).toHaveProperty('ariaExpanded', 'true');
    const first = screen.getByRole('button', { name: /Decision record/ });
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Print/ }));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ranking (CSV)' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(toggle()).toHaveProperty('ariaExpanded', 'false');
    expect(document.activeElement).toBe(toggle());
  });

  it('closes when the pointer goes down outside it', () => {
    render(<ExportMenu />);
    fireEvent.click(toggle());
    fireEvent.pointerDown(document.body);
    expect(toggle()).toHaveProperty('ariaExpanded', 'false');
  });

  it('downloads the ranking as CSV with a BOM, named by date, and revokes the URL', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    render(<ExportMenu />);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: 'Ranking (CSV)' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    act(() => vi.runAllTimers());
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test');
    vi.useRealTimers();
    const text = await read(saved[0]!.blob);
    expect(text.startsWith('\uFEFFRank,Stack id,Stack,Total,')).toBe(true);
    expect(text.split('\r\n')[1]!.startsWith('1,k3s+wasmedge+crun+sqlite+flannel+opa-wasm,')).toBe(
      true,
    );
  });

  it('writes the JSON state and the decision record in the current language', async () => {
    useAppStore.setState({ language: 'zh' });
    render(<ExportMenu />);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(screen.getByRole('button', { name: '状态（JSON）' }));
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(screen.getByRole('button', { name: '决策记录（Markdown）' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    const state = JSON.parse(await read(saved[0]!.blob));
    expect(state.inputs.weights).toEqual(scenarioById('edge').weights);
    expect(Object.keys(state.inputs)).not.toContain('notices');
    expect(saved[1]!.name).toMatch(/^decision-record-.*\.md$/);
    expect((await read(saved[1]!.blob)).split('\n')[0]).toBe(
      '# ADR：K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
    );
  });

  it('turns a failed export into an error notice', async () => {
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('quota');
    });
    render(<ExportMenu />);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: 'State (JSON)' }));
    await vi.waitFor(() => expect(useAppStore.getState().notices).toHaveLength(1));
    expect(useAppStore.getState().notices[0]).toEqual({
      id: 'export',
      tone: 'error',
      message: { en: 'The export failed: quota', zh: '导出失败：quota' },
    });
  });
});
