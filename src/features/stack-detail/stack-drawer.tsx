import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';

import { StatusBadge } from '../../components/status-badge';
import { useModalDialog } from '../../components/use-modal-dialog';
import { formatNumber } from '../../i18n/numbers';
import { useLanguage } from '../../components/use-messages';
import { assessStacks } from '../../engine/evaluate';
import { stackOf } from '../../engine/stacks';
import { useAppStore, type StackSection } from '../../store/app-store';
import { useFocus, usePrepared, useRankingRow } from '../../store/use-ranking';
import { CaseList, CheckList, CompatibilityList, LayerFacts } from './detail-lists';
import { ExplanationTable } from './explanation-table';
import { detailMessages, type DetailText } from './messages';
import { SectionNav } from './section-nav';
import { sectionHeadingId, sectionLinks, startHeading } from './sections';
import { StackOverview } from './stack-overview';
import { toStackDetail, type StackDetail } from './to-stack-detail';
import { jumpTo, useCurrentSection } from './use-current-section';
import '../../components/modal.css';
import './stack-detail.css';
// After the tables' rules: its phone layout turns the explanation into cards.
import './stack-drawer.css';

const TITLE_ID = 'stack-drawer-title';

/** The details drawer of the open stack; renders nothing (and ranks nothing) while closed. */
export function StackDrawer() {
  const openStackId = useAppStore((s) => s.openStackId);
  return openStackId ? <OpenDrawer key={openStackId} stackId={openStackId} /> : null;
}

/** The stack in the live ranking, or assessed on its own when the ranking hides it (invalid). */
function useStackDetail(stackId: string) {
  const lang = useLanguage();
  const weights = useAppStore((s) => s.weights);
  const requirements = useAppStore((s) => s.requirements);
  const focus = useFocus();
  // Wherever it stands: a worker-ranked catalogue places the opened stack for the drawer.
  const row = useRankingRow(stackId);
  const prepared = usePrepared();
  const assessed = useMemo(() => {
    if (row) return row;
    const stack = stackOf(prepared.catalogue, stackId);
    // Named fields, never a spread: spreading `prepared` would read its lazy list of every stack.
    const one = {
      catalogue: prepared.catalogue,
      technologies: prepared.technologies,
      stacks: [stack!],
    };
    return stack ? assessStacks(one, requirements, focus)[0] : null;
  }, [row, prepared, stackId, requirements, focus]);
  return useMemo(
    () =>
      assessed
        ? toStackDetail({
            assessed,
            rank: row?.rank ?? null,
            catalogue: prepared.catalogue,
            weights,
            requirements,
            focus,
            lang,
          })
        : null,
    [assessed, row?.rank, prepared, weights, requirements, focus, lang],
  );
}

/** The open stack's details; re-renders with the ranking, so its numbers follow the sliders. */
function OpenDrawer({ stackId }: { stackId: string }) {
  const openStack = useAppStore((s) => s.openStack);
  const section = useAppStore((s) => s.openStackSection);
  const detail = useStackDetail(stackId);
  const close = useCallback(() => openStack(null), [openStack]);
  return detail ? <DrawerDialog detail={detail} section={section} onClose={close} /> : null;
}

/**
 * A modal drawer on the right, full width on a phone (the shared modal hook: Esc, Close and
 * the backdrop close it; focus goes back to the opener). It opens at `section` with its heading
 * focused, or at the top with Close focused; the section navigation follows the scrolling.
 */
function DrawerDialog({
  detail,
  section,
  onClose,
}: {
  detail: StackDetail;
  section: StackSection | null;
  onClose: () => void;
}) {
  const lang = useLanguage();
  const m = detailMessages[lang];
  const closeRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const modal = useModalDialog(onClose, { initialFocus: closeRef, closeOnBackdrop: true });
  const current = useCurrentSection(bodyRef);
  const jump = useCallback((headingId: string) => {
    if (bodyRef.current) jumpTo(bodyRef.current, headingId);
  }, []);
  useEffect(() => {
    // Runs after the hook's effect opened the dialog (a closed one has no layout to scroll).
    const start = startHeading(section);
    if (start) jump(start);
  }, [section, jump]);

  return (
    <dialog {...modal} className="modal stack-drawer" aria-labelledby={TITLE_ID}>
      <div className="modal-frame">
        <header className="modal-header drawer-header">
          <div className="drawer-heading">
            <p className="drawer-kicker num">
              <span>
                {m.rank} {detail.rank === null ? m.unranked : formatNumber(detail.rank, lang)}
              </span>
              <span aria-hidden="true"> · </span>
              <span>
                {m.total} <strong className="drawer-total">{detail.total}</strong> / 100
              </span>
            </p>
            <h2 id={TITLE_ID} className="drawer-title">
              {detail.explanation.layers.map((l, i) => (
                <span key={l.layer}>
                  {i > 0 ? ' + ' : null}
                  <span className="nowrap">{l.technology}</span>
                </span>
              ))}
            </h2>
            <div className="drawer-badges">
              <StatusBadge status={detail.fit.status} label={m[detail.fit.status]} />
              <StatusBadge
                status={detail.compatibility.status}
                label={m[detail.compatibility.status]}
              />
            </div>
          </div>
          <button
            ref={closeRef}
            type="button"
            className="button drawer-close"
            aria-label={m.closeDetails}
            onClick={onClose}
          >
            <span aria-hidden="true">✕</span> {m.close}
          </button>
        </header>
        <SectionNav label={m.sections} links={sectionLinks(m)} current={current} onJump={jump} />
        <div
          ref={bodyRef}
          className="drawer-body"
          role="region"
          aria-labelledby={TITLE_ID}
          tabIndex={0}
        >
          <DrawerSection id="overview" m={m}>
            <StackOverview detail={detail} m={m} onJump={jump} />
          </DrawerSection>
          <DrawerSection id="explanation" m={m}>
            <p className="section-hint">{m.explanationHint}</p>
            <ExplanationTable detail={detail} m={m} />
          </DrawerSection>
          <DrawerSection id="fit" m={m}>
            <CheckList detail={detail} m={m} />
          </DrawerSection>
          <DrawerSection id="compatibility" m={m}>
            <CompatibilityList detail={detail} m={m} lang={lang} />
          </DrawerSection>
          <DrawerSection id="cases" m={m}>
            <CaseList detail={detail} m={m} lang={lang} />
          </DrawerSection>
          <DrawerSection id="facts" m={m}>
            <LayerFacts detail={detail} m={m} lang={lang} />
          </DrawerSection>
        </div>
      </div>
    </dialog>
  );
}

/** One section of the drawer body: what the navigation observes and jumps to (its heading). */
function DrawerSection({
  id,
  m,
  children,
}: {
  id: StackSection;
  m: DetailText;
  children: ReactNode;
}) {
  const headingId = sectionHeadingId(id);
  return (
    <section className="drawer-section" data-section={id} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {m[id]}
      </h3>
      {children}
    </section>
  );
}
