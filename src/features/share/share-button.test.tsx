// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { withPodman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { encodeShareCatalogue } from '../../store/seed-baseline';
import { copyText, isApplePlatform } from './copy-text';
import { ShareButton } from './share-button';

// jsdom's Blob has no stream(), so CompressionStream cannot run here: the encoder is stubbed
// (catalogue-note.test.ts runs the real one).
vi.mock('../../store/seed-baseline', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../store/seed-baseline')>()),
  encodeShareCatalogue: vi.fn(),
}));

const LINK = `${window.location.origin}/?v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge&lang=zh`;
/** The same inputs in English, as a link into a user's catalogue (own=1). */
const OWN_LINK = `${window.location.origin}/?v=1&own=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge`;

/** Replaces navigator.clipboard for one test. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

describe('copyText', () => {
  it('is true when the clipboard accepts, false when it refuses or is missing', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyText('x', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
    const refuse = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    expect(await copyText('x', { writeText: refuse })).toBe(false);
    expect(await copyText('x', undefined)).toBe(false);
  });

  it('knows the copy shortcut of Apple platforms', () => {
    expect(isApplePlatform({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isApplePlatform({ platform: 'Win32', userAgent: '' })).toBe(false);
    expect(isApplePlatform({ platform: '', userAgent: 'Mozilla/5.0 (iPhone; …)' })).toBe(true);
  });
});

describe('ShareButton', () => {
  beforeEach(() => {
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue, notices: [] });
    act(() => {
      useAppStore.getState().applyScenario('edge');
      useAppStore.getState().setLanguage('zh');
    });
  });
  afterEach(() => {
    cleanup();
    stubClipboard(undefined);
    vi.mocked(encodeShareCatalogue).mockReset();
  });

  it('copies the share link of the current inputs and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    render(<ShareButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制链接' })));
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(screen.getByRole('status').textContent).toBe('✓ 链接已复制');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the link pre-selected in a read-only field when the clipboard refuses', async () => {
    stubClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    act(() => useAppStore.getState().setLanguage('en'));
    render(<ShareButton />);
    const button = screen.getByRole('button', { name: 'Copy link' });
    await act(async () => fireEvent.click(button));
    const dialog = screen.getByRole('dialog', { name: 'Copy this link' });
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLTextAreaElement;
    expect(field.value).toBe(LINK.replace('&lang=zh', ''));
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(dialog.textContent).toContain('Press Ctrl+C to copy it.');
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('falls back when there is no clipboard API, and confirms a copy by hand', async () => {
    vi.useFakeTimers();
    render(<ShareButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制链接' })));
    const field = screen.getByRole('textbox', { name: '当前视图的链接' });
    act(() => {
      fireEvent.copy(field);
      vi.advanceTimersByTime(0);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('✓ 链接已复制');
    act(() => vi.advanceTimersByTime(2500));
    expect(screen.getByRole('status').textContent).toBe('');
    vi.useRealTimers();
  });

  it('closes on Close and on a click outside', async () => {
    render(<ShareButton />);
    const button = screen.getByRole('button', { name: '复制链接' });
    await act(async () => fireEvent.click(button));
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    await act(async () => fireEvent.click(button));
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('with a user catalogue, prepares a link that carries it and says so', async () => {
    vi.mocked(encodeShareCatalogue).mockResolvedValue({ fragment: 'catalogue=abc_-1' });
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    act(() => {
      useAppStore.getState().setLanguage('en');
      useAppStore.getState().loadCatalogue(withPodman(seedCatalogue));
    });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status').textContent).toBe('Preparing link…');
    const dialog = await screen.findByRole('dialog', { name: 'Link copied' });
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLTextAreaElement;
    expect(field.value).toBe(`${OWN_LINK}#catalogue=abc_-1`);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(vi.mocked(encodeShareCatalogue)).toHaveBeenCalledWith(useAppStore.getState().catalogue);
    expect(dialog.textContent).toContain('This link carries your catalogue (1 technology added).');
    expect(screen.queryByRole('button', { name: 'Export catalogue (JSON)' })).toBeNull();
    expect(dialog.textContent).toContain(
      'The link is on the clipboard: paste it where you share it.',
    );
    expect(dialog.textContent).not.toContain('Press Ctrl+C');
  });

  it('with a catalogue too large for a link, says so and offers its export', async () => {
    vi.mocked(encodeShareCatalogue).mockResolvedValue({ tooLarge: true, length: 9876 });
    stubClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    act(() => {
      useAppStore.getState().setLanguage('en');
      useAppStore.getState().loadCatalogue(withPodman(seedCatalogue));
    });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy this link' });
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLTextAreaElement;
    expect(field.value).toBe(OWN_LINK);
    expect(dialog.textContent).toContain(
      'Your catalogue is too large for a link (9,876 characters; the limit is 8,000). The link carries your inputs only; send the catalogue as a file:',
    );
    expect(screen.getByRole('button', { name: 'Export catalogue (JSON)' })).toBeTruthy();
  });

  it('with a catalogue too large and the link copied, says it went without the catalogue, and gives no copy hint', async () => {
    vi.mocked(encodeShareCatalogue).mockResolvedValue({ tooLarge: true, length: 9876 });
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubClipboard({ writeText });
    act(() => useAppStore.getState().loadCatalogue(withPodman(seedCatalogue)));
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    const dialog = await screen.findByRole('dialog', { name: '链接已复制（不含你的目录）' });
    const field = screen.getByRole('textbox', { name: '当前视图的链接' }) as HTMLTextAreaElement;
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(field.value).not.toContain('#catalogue=');
    expect(dialog.textContent).toBe(
      [
        '链接已复制（不含你的目录）',
        '你的目录太大，无法放入链接（9,876 个字符；上限为 8,000）。此链接只包含你的输入；请以文件形式发送目录：',
        '导出目录（JSON）',
        '当前视图的链接',
        field.value,
        '链接已在剪贴板中，可直接粘贴到要分享的地方。',
        '关闭',
      ].join(''),
    );
  });

  it('with the seed catalogue, never encodes one', async () => {
    stubClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    render(<ShareButton />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制链接' })));
    expect(vi.mocked(encodeShareCatalogue)).not.toHaveBeenCalled();
  });
});
