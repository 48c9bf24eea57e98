import { useEffect, useState, type RefObject } from 'react';

import { STACK_SECTIONS, type StackSection } from '../../store/app-store';
import { currentSection, isStackSection } from './sections';

/**
 * The reading line: a thin band near the top of the drawer body. It starts a few pixels down,
 * so the section above one scrolled to the top (whose bottom edge touches the top) is past it.
 */
const READING_LINE = '-12px 0px -85% 0px';

/**
 * The section of the drawer body being read (its elements carry `data-section`), followed with
 * an IntersectionObserver while mounted; re-renders when it changes. The first section where
 * IntersectionObserver is missing (jsdom).
 */
export function useCurrentSection(bodyRef: RefObject<HTMLElement | null>): StackSection {
  const [current, setCurrent] = useState<StackSection>(STACK_SECTIONS[0]);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || typeof IntersectionObserver === 'undefined') return;
    const atLine = new Set<StackSection>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.section;
          if (!isStackSection(id)) continue;
          if (entry.isIntersecting) atLine.add(id);
          else atLine.delete(id);
        }
        setCurrent((previous) => currentSection(atLine, previous));
      },
      { root: body, rootMargin: READING_LINE },
    );
    body.querySelectorAll('[data-section]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [bodyRef]);
  return current;
}

/**
 * Scrolls the drawer body so the block a heading opens (its section) starts at the top, and
 * moves focus to the heading (it has tabIndex -1) without scrolling again.
 */
export function jumpTo(body: HTMLElement, headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading || !body.contains(heading)) return;
  const block = heading.closest('section') ?? heading;
  const padding = parseFloat(getComputedStyle(body).paddingTop) || 0;
  const offset = block.getBoundingClientRect().top - body.getBoundingClientRect().top;
  body.scrollTop = Math.max(0, body.scrollTop + offset - padding);
  heading.focus({ preventScroll: true });
}
