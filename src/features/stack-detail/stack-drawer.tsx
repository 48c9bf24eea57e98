import { useEffect, useMemo, useRef } from 'react';

import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../components/use-messages';
import { assessStacks } from '../../engine/evaluate';
import { useAppStore } from '../../store/app-store';
import { useFocus, usePrepared, useRanking } from '../../store/use-ranking';
import { CaseList, CheckList, CompatibilityList, LayerFacts } from './detail-lists';
import { ExplanationTable } from './explanation-table';
import { detailMessages } from './messages';
import { toStackDetail } from './to-stack-detail';
import '../../components/modal.css';
import './stack-detail.css';

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
  const ranking = useRanking();
  const prepared = usePrepared();
  const row = ranking.find((r) => r.stack.id === stackId);
  const assessed = useMemo(() => {
    if (row) return row;
    const stack = prepared.stacks.find((s) => s.id === stackId);
    return stack ? assessStacks({ ...prepared, stacks: [stack] }, requirements, focus)[0] : null;
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

/**
 * A modal drawer on the right (native <dialog>: the page behind is inert). Focus moves into
 * it on open and back to the opener on close; Esc, the Close button and the backdrop close it.
 * Re-renders with the ranking, so its numbers follow the weight sliders.
 */
function OpenDrawer({ stackId }: { stackId: string }) {
  const lang = useLanguage();
  const m = detailMessages[lang];
  const openStack = useAppStore((s) => s.openStack);
  const detail = useStackDetail(stackId);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const found = detail !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal?.();
    closeRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [found]);

  if (!detail) return null;
  const close = () => openStack(null);

  return (
    <dialog
      ref={dialogRef}
      className="modal stack-drawer"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={(e) => {
        // The 'close' event is async: one queued by an effect cleanup (StrictMode re-runs
        // effects) can arrive after showModal() reopened the dialog; only a closed one counts.
        if (!e.currentTarget.open) close();
      }}
      onClick={(e) => {
        // A click on the dialog element itself is a click on its backdrop.
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="modal-frame">
        <header className="modal-header">
          <div className="drawer-heading">
            <p className="drawer-kicker num">
              <span>
                {m.rank} {detail.rank ?? m.unranked}
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
            onClick={close}
          >
            <span aria-hidden="true">✕</span> {m.close}
          </button>
        </header>
        <div className="drawer-body" role="region" aria-labelledby={TITLE_ID} tabIndex={0}>
          <section aria-labelledby="drawer-explanation" className="drawer-section">
            <h3 id="drawer-explanation">{m.explanation}</h3>
            <p className="section-hint">{m.explanationHint}</p>
            <ExplanationTable detail={detail} m={m} />
          </section>
          <section aria-labelledby="drawer-fit" className="drawer-section">
            <h3 id="drawer-fit">{m.fit}</h3>
            <CheckList detail={detail} m={m} />
          </section>
          <section aria-labelledby="drawer-compatibility" className="drawer-section">
            <h3 id="drawer-compatibility">{m.compatibility}</h3>
            <CompatibilityList detail={detail} m={m} lang={lang} />
          </section>
          <section aria-labelledby="drawer-cases" className="drawer-section">
            <h3 id="drawer-cases">{m.cases}</h3>
            <CaseList detail={detail} m={m} lang={lang} />
          </section>
          <section aria-labelledby="drawer-facts" className="drawer-section">
            <h3 id="drawer-facts">{m.facts}</h3>
            <LayerFacts detail={detail} m={m} lang={lang} />
          </section>
        </div>
      </div>
    </dialog>
  );
}
