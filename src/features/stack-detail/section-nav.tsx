import type { ReactNode } from 'react';

import type { StackSection } from '../../store/app-store';
import type { SectionLink } from './sections';

interface SectionNavProps {
  label: string;
  links: SectionLink[];
  current: StackSection;
  /** Scrolls to a heading and focuses it. */
  onJump: (headingId: string) => void;
}

/**
 * The drawer's section navigation under its header: in-page links (Tab, Enter) that scroll
 * the body to a section and focus its heading; the section being read is aria-current.
 */
export function SectionNav({ label, links, current, onJump }: SectionNavProps) {
  return (
    <nav className="drawer-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <JumpLink
              headingId={link.headingId}
              onJump={onJump}
              current={link.id === current}
              label={link.label}
            >
              {/* The name stays the full one at every width; a phone shows the short words. */}
              <span className="nav-full" aria-hidden="true">
                {link.label}
              </span>
              <span className="nav-short" aria-hidden="true">
                {link.short}
              </span>
            </JumpLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface JumpLinkProps {
  headingId: string;
  onJump: (headingId: string) => void;
  children: ReactNode;
  /** An accessible name that contains the visible words and may say more (which layer). */
  label?: string;
  current?: boolean;
  className?: string;
}

/** An in-page link to a heading of the drawer; the drawer scrolls itself, the URL stays. */
export function JumpLink({
  headingId,
  onJump,
  children,
  label,
  current,
  className,
}: JumpLinkProps) {
  return (
    <a
      href={`#${headingId}`}
      className={className}
      aria-label={label}
      aria-current={current ? 'location' : undefined}
      onClick={(event) => {
        event.preventDefault();
        onJump(headingId);
      }}
    >
      {children}
    </a>
  );
}
