import { STACK_SECTIONS, type StackSection } from '../../store/app-store';
import type { DetailText } from './messages';

/** One entry of the drawer's section navigation. */
export interface SectionLink {
  id: StackSection;
  label: string;
  /** The words on a phone, where the full names would take four lines: part of `label`. */
  short: string;
  /** The DOM id of the section's heading: where the link jumps and what it focuses. */
  headingId: string;
}

/** The DOM id of a section's heading in the drawer. */
export const sectionHeadingId = (section: StackSection): string => `drawer-${section}`;

/** The DOM id of a layer's heading in the drawer's layer facts. */
export const layerHeadingId = (layer: string): string => `drawer-facts-${layer}`;

/** The drawer's section navigation in one language, in the order the sections appear. */
export function sectionLinks(m: DetailText): SectionLink[] {
  return STACK_SECTIONS.map((id) => ({
    id,
    label: m[id],
    short: m[`${id}Short`],
    headingId: sectionHeadingId(id),
  }));
}

/**
 * The heading the drawer scrolls to and focuses when it opens at `section`; null opens it at
 * the top with Close focused (the overview is the top: "Details" opens there).
 */
export function startHeading(section: StackSection | null): string | null {
  return section === null || section === STACK_SECTIONS[0] ? null : sectionHeadingId(section);
}

/**
 * The section being read: the topmost of those crossing the reading line near the top of the
 * drawer body, or `previous` when none does (the line sits between two sections for a moment).
 */
export function currentSection(
  atLine: ReadonlySet<StackSection>,
  previous: StackSection,
): StackSection {
  return STACK_SECTIONS.find((id) => atLine.has(id)) ?? previous;
}

/** True for a section id (a data attribute read back from the DOM). */
export function isStackSection(value: string | undefined): value is StackSection {
  return (STACK_SECTIONS as readonly (string | undefined)[]).includes(value);
}
