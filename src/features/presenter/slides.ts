/** The presenter's slides, in the order a design review walks them. */
export const SLIDES = [
  'question',
  'weights',
  'ranking',
  'radar',
  'path',
  'confidence',
  'verdict',
] as const;

export type SlideId = (typeof SLIDES)[number];

/** Slides that show the weight control strip, so a weight can change without leaving. */
export const SLIDES_WITH_WEIGHTS: readonly SlideId[] = ['weights', 'ranking', 'confidence'];

export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'close' | 'toggleControls';

/** What has keyboard focus when a key is pressed: it decides which keys stay with the control. */
export type FocusKind = 'slider' | 'button' | 'text' | 'other';

const NAVIGATION: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  h: 'toggleControls',
  H: 'toggleControls',
};

/**
 * The presenter command for a key press, or null when the key belongs to the focused control:
 * Escape always closes; a slider keeps its arrow, page and Home/End keys, a button its Space, a
 * text field every key; keys with Ctrl, Alt or Meta are left to the browser.
 */
export function presenterCommand(
  key: string,
  focus: FocusKind,
  modified: boolean,
): PresenterCommand | null {
  if (key === 'Escape') return 'close';
  if (modified || focus === 'text') return null;
  const command = NAVIGATION[key] ?? null;
  if (focus === 'slider' && command !== 'toggleControls') return null;
  if (focus === 'button' && key === ' ') return null;
  return command;
}

/** The slide index a command leads to from `index`, clamped to the slides (close and toggle keep it). */
export function moveSlide(index: number, command: PresenterCommand, count = SLIDES.length): number {
  const last = count - 1;
  switch (command) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return index;
  }
}

/** The kind of element that has focus, for presenterCommand. */
export function focusKind(element: Element | null): FocusKind {
  if (!element) return 'other';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'range') return 'slider';
    if (['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type)) return 'button';
    return 'text';
  }
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'text';
  if ((element as HTMLElement).isContentEditable) return 'text';
  if (element instanceof HTMLButtonElement || element.getAttribute('role') === 'button')
    return 'button';
  return 'other';
}
