// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

import { useAppStore } from '../../store/app-store';
import { AppUpdate } from './app-update';
import { reloadPage } from './reload-page';

/** The registration as the mocked hook saw it: its options and what the test made it report. */
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  needRefresh: false,
  offlineReady: false,
  updateServiceWorker: vi.fn<(reloadPage?: boolean) => Promise<void>>(),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW(options: RegisterSWOptions) {
    sw.options = options;
    return {
      needRefresh: useState(sw.needRefresh),
      offlineReady: useState(sw.offlineReady),
      updateServiceWorker: sw.updateServiceWorker,
    };
  },
}));
vi.mock('./reload-page', () => ({ reloadPage: vi.fn() }));

const EN = { text: 'A new version is available.', reload: 'Reload to update', later: 'Later' };

/** Mounts the bar with the registration reporting `state` from the start. */
function mount(state: { needRefresh?: boolean; offlineReady?: boolean } = {}) {
  sw.needRefresh = state.needRefresh ?? false;
  sw.offlineReady = state.offlineReady ?? false;
  return render(<AppUpdate />);
}

describe('AppUpdate', () => {
  beforeEach(() => {
    useAppStore.setState({ language: 'en' });
    sw.updateServiceWorker.mockResolvedValue(undefined);
  });
  afterEach(() => {
    cleanup();
    vi.mocked(reloadPage).mockReset();
    sw.updateServiceWorker.mockReset();
  });

  it('shows nothing while no new version is waiting', () => {
    mount();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('offers a waiting version and activates it only on the click', () => {
    mount({ needRefresh: true });
    expect(screen.getByRole('status').textContent).toContain(EN.text);
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: EN.reload }));
    expect(sw.updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
    // The reload comes when the new version has taken over this page, and only then.
    expect(reloadPage).not.toHaveBeenCalled();
    act(() => sw.options?.onNeedReload?.());
    expect(reloadPage).toHaveBeenCalledOnce();
  });

  it('Later hides the offer without updating or reloading', () => {
    mount({ needRefresh: true });
    fireEvent.click(screen.getByRole('button', { name: EN.later }));
    expect(screen.queryByText(EN.text)).toBeNull();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('never reloads when another tab updated: the bar stays and its button reloads', () => {
    mount({ needRefresh: true });
    act(() => sw.options?.onNeedReload?.());
    expect(reloadPage).not.toHaveBeenCalled();
    expect(screen.getByText(EN.text)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: EN.reload }));
    expect(reloadPage).toHaveBeenCalledOnce();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('offers the reload when a chunk of this old version is gone (vite:preloadError), never reloading by itself', () => {
    mount();
    expect(screen.queryByRole('button')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('vite:preloadError'));
    });
    expect(screen.getByText(EN.text)).toBeTruthy();
    expect(reloadPage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: EN.reload }));
    expect(reloadPage).toHaveBeenCalledOnce();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('shows nothing when the app only became ready offline', () => {
    mount({ offlineReady: true });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('speaks Chinese', () => {
    useAppStore.setState({ language: 'zh' });
    mount({ needRefresh: true });
    expect(screen.getByRole('status').textContent).toContain('有新版本可用。');
    fireEvent.click(screen.getByRole('button', { name: '重新加载以更新' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
    expect(screen.getByRole('button', { name: '稍后' })).toBeTruthy();
  });

  it('registers with an error handler that keeps the app running', () => {
    mount();
    expect(() => sw.options?.onRegisterError?.(new Error('blocked'))).not.toThrow();
  });
});
