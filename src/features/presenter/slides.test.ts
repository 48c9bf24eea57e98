// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { focusKind, moveSlide, presenterCommand, SLIDES } from './slides';

describe('presenterCommand', () => {
  it('maps the presenter keys when nothing in particular has focus', () => {
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'h', 'H'];
    expect(keys.map((k) => presenterCommand(k, 'other', false))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'toggleControls',
      'toggleControls',
    ]);
    expect(presenterCommand('Escape', 'other', false)).toBe('close');
    expect(presenterCommand('Enter', 'other', false)).toBeNull();
    expect(presenterCommand('ArrowDown', 'other', false)).toBeNull();
  });

  it('leaves a slider its keys but still closes on Escape and toggles on H', () => {
    for (const k of ['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End'])
      expect(presenterCommand(k, 'slider', false)).toBeNull();
    expect(presenterCommand('Escape', 'slider', false)).toBe('close');
    expect(presenterCommand('h', 'slider', false)).toBe('toggleControls');
  });

  it('leaves Space to a focused button, every key but Escape to a text field, and modified keys to the browser', () => {
    expect(presenterCommand(' ', 'button', false)).toBeNull();
    expect(presenterCommand('ArrowRight', 'button', false)).toBe('next');
    expect(presenterCommand('h', 'text', false)).toBeNull();
    expect(presenterCommand('Escape', 'text', false)).toBe('close');
    expect(presenterCommand('ArrowLeft', 'other', true)).toBeNull();
    expect(presenterCommand('Escape', 'other', true)).toBe('close');
  });
});

describe('moveSlide', () => {
  it('steps and jumps within the seven slides, never past either end', () => {
    expect(SLIDES).toEqual([
      'question',
      'weights',
      'ranking',
      'radar',
      'path',
      'confidence',
      'verdict',
    ]);
    expect(moveSlide(0, 'next')).toBe(1);
    expect(moveSlide(6, 'next')).toBe(6);
    expect(moveSlide(0, 'previous')).toBe(0);
    expect(moveSlide(3, 'previous')).toBe(2);
    expect(moveSlide(3, 'first')).toBe(0);
    expect(moveSlide(1, 'last')).toBe(6);
    expect(moveSlide(2, 'close')).toBe(2);
    expect(moveSlide(2, 'toggleControls')).toBe(2);
  });
});

describe('focusKind', () => {
  const el = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild;
  };

  it('tells sliders, buttons and text fields apart', () => {
    expect(focusKind(el('<input type="range">'))).toBe('slider');
    expect(focusKind(el('<button>Next</button>'))).toBe('button');
    expect(focusKind(el('<input type="checkbox">'))).toBe('button');
    expect(focusKind(el('<div role="button"></div>'))).toBe('button');
    expect(focusKind(el('<input type="text">'))).toBe('text');
    expect(focusKind(el('<select></select>'))).toBe('text');
    expect(focusKind(el('<div tabindex="-1"></div>'))).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});
