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

  it('takes focus, makes the page inert, and walks the slides with the keyboard', () => {
    const error = vi.spyOn(console, 'error');
    render(<PresenterOverlay onClose={() => {}} />, {
      container: document.getElementById('root')!,
    });
    const dialog = screen.getByRole('dialog', { name: 'Presenter' });
    expect(document.activeElement).toBe(dialog);
    expect(document.body.style.overflow).toBe('hidden');
    const titles = [title()];
    for (let i = 0; i < 6; i++) {
      key('ArrowRight');
      titles.push(title());
    }
    expect(titles).toEqual([
      'Question & requirements',
      'Weights',
      'Ranking',
      'Compared stacks',
      'Decision path',
      'Recommendation',
      'Recommendation',
    ]);
    key('Home');
    expect(title()).toBe('Question & requirements');
    key('End');
    expect(screen.getByText('6 / 6')).toBeTruthy();
    expect(error).not.toHaveBeenCalled();
  });

  it('hides and shows the chrome with H, re-ranks live, and closes on Escape', () => {
    const onClose = vi.fn();
    render(<PresenterOverlay onClose={onClose} />);
    expect(document.getElementById('root')!.hasAttribute('inert')).toBe(true);
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

  it('follows the store’s language', () => {
    useAppStore.setState({ language: 'zh' });
    render(<PresenterOverlay onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: '演示模式' })).toBeTruthy();
    expect(title()).toBe('问题与需求');
    expect(screen.getByRole('button', { name: '下一页' })).toBeTruthy();
  });
});
