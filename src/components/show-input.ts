/** The input panels a button elsewhere on the page can ask to show: their heading ids. */
export const INPUT_SECTIONS = ['scenarios', 'weights', 'requirements'] as const;
export type InputSection = (typeof INPUT_SECTIONS)[number];

const EVENT = 'sdm:show-input';

/**
 * Asks the page to show an input panel (opening the inputs drawer where the inputs are folded)
 * and move focus to its heading. The layout owns where the panels are; callers only name one.
 */
export function showInput(section: InputSection): void {
  window.dispatchEvent(new CustomEvent<InputSection>(EVENT, { detail: section }));
}

/** Subscribes the layout to showInput requests; returns the unsubscribe function. */
export function onShowInput(handler: (section: InputSection) => void): () => void {
  const listener = (e: Event) => {
    const section = (e as CustomEvent<unknown>).detail;
    if (INPUT_SECTIONS.includes(section as InputSection)) handler(section as InputSection);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

/** Scrolls a panel heading into view and gives it focus (focusable by script only). */
export function focusHeading(id: string): boolean {
  const heading = document.getElementById(id);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}
