import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Element id of the heading, so the section is labelled by it. */
  id: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled card section; its heading labels the region for assistive technology. */
export function Panel({ title, id, actions, children, className }: PanelProps) {
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <header className="panel-header">
        <h2 id={id}>{title}</h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
