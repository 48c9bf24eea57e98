// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubResizeObserver } from '../../components/charts/resize-observer-stub';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { PresenterOverlay } from './presenter-overlay';

const key = (k: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k });
const title = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('PresenterOverlay', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => {
    useAppStore.setState(defaultInputs());
    document.body.innerHTML = '<div id="root"></div>';
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('opens as a <dialog> with focus on it, and walks the slides with the keyboard', () => {
    const error = vi.spyOn(console, 'error');
    render(<PresenterOverlay onClose={() => {}} />, {
      container: document.getElementById('root')!,
    });
    const dialog = screen.getByRole('dialog', { name: 'Presenter' });
    // jsdom has no showModal: useModalDialog opens it as a plain open dialog (the browser's
    // modal, with the page inert, is covered by e2e/presenter.spec.ts).
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveProperty('open', true);
    expect(document.activeElement).toBe(dialog);
    const titles = [title()];
    for (let i = 0; i < 7; i++) {
      key('ArrowRight');
      titles.push(title());
    }
    expect(titles).toEqual([
      'Question & requirements',
      'Weights',
      'Ranking',
      'Compared stacks',
      'Decision path',
      'How sure are we?',
      'Recommendation',
      'Recommendation',
    ]);
    key('Home');
    expect(title()).toBe('Question & requirements');
    key('End');
    expect(screen.getByText('7 / 7')).toBeTruthy();
    expect(error).not.toHaveBeenCalled();
  });

  it('hides and shows the chrome with H, re-ranks live, and closes on Escape', () => {
    const onClose = vi.fn();
    render(<PresenterOverlay onClose={onClose} />);
    key('ArrowRight');
    expect(screen.getByRole('slider', { name: 'Cost' })).toBeTruthy();
    key('h');
    expect(screen.queryByRole('slider', { name: 'Cost' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next slide' })).toBeNull();
    key('H');
    act(() => useAppStore.getState().setWeight('cost', 5));
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveProperty('value', '5');
    key('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on the dialog’s own cancel request (Esc the browser handled) without closing itself', () => {
    const onClose = vi.fn();
    render(<PresenterOverlay onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Presenter' });
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    // The caller unmounts it; until then it stays open.
    expect(dialog).toHaveProperty('open', true);
  });

  it('sizes the chrome from the window and starts the slide at that size', () => {
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
    render(<PresenterOverlay onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Presenter' });
    // 1280 × 0.02 = 25.6 < 800 × 0.0305 = 24.4: the height decides.
    expect(dialog.style.getPropertyValue('--p-base')).toBe('24.4px');
    // jsdom lays nothing out, so everything "fits" and the slide takes the largest size,
    // 24.4 × 1.35 = 32.94, to a quarter pixel.
    expect(dialog.querySelector<HTMLElement>('.presenter-slide')!.style.fontSize).toBe('32.75px');
  });

  it('follows the store’s language', () => {
    useAppStore.setState({ language: 'zh' });
    render(<PresenterOverlay onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: '演示模式' })).toBeTruthy();
    expect(title()).toBe('问题与需求');
    expect(screen.getByRole('button', { name: '下一页' })).toBeTruthy();
  });
});
