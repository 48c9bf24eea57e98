import { useMemo } from 'react';

import { DataTable } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import type { GroupMean } from '../../engine/analysis/group';
import { format } from '../../i18n/messages';
import { MAX_REVIEW_LINKS, useAppStore, type AppState } from '../../store/app-store';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { groupReviewMessages } from './messages';
import { readReviewLinks, reviewerTops } from '../../store/review-links';
import { toGroupReview, type GroupReviewView } from './to-group-review';
import './group-review.css';

const selectLinks = (s: AppState) => s.reviewLinks;
const selectSetLinks = (s: AppState) => s.setReviewLinks;
const selectMean = (s: AppState) => s.reviewMean;
const selectSetMean = (s: AppState) => s.setReviewMean;
const selectWeights = (s: AppState) => s.weights;
const selectSetWeights = (s: AppState) => s.setWeights;

const MEANS: GroupMean[] = ['geometric', 'arithmetic'];
type Strings = (typeof groupReviewMessages)['en'];

/** The combined weights (first, so a narrow screen sees them), each reviewer's shares, then each #1. */
function CombinedTables({ view, m }: { view: GroupReviewView; m: Strings }) {
  return (
    <>
      <DataTable
        focusable
        className="review-table"
        caption={m.combined}
        columns={[
          m.dimension,
          { label: m.combinedShare, numeric: true },
          { label: m.combinedWeight, numeric: true },
          ...view.reviewers.map((label) => ({ label, numeric: true as const })),
        ]}
      >
        {view.weightRows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td className="num-col num review-combined">{row.combined}</td>
            <td className="num-col num review-combined">{row.weight}</td>
            {row.shares.map((share, i) => (
              <td key={i} className="num-col num">
                {share}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <DataTable
        focusable
        className="review-table"
        caption={m.tops}
        columns={[m.reviewerColumn, m.top, { label: m.score, numeric: true }]}
      >
        {view.tops.map((row) => (
          <tr key={row.reviewer}>
            <th scope="row">{row.reviewer}</th>
            <td>{row.stack}</td>
            <td className="num-col num">{row.score}</td>
          </tr>
        ))}
      </DataTable>
      {view.sameTop ? <p className="review-note">{m.sameTop}</p> : null}
    </>
  );
}

/** Per dimension, how far the reviewers' shares spread; the most disagreed first. */
function SpreadTable({ view, m }: { view: GroupReviewView; m: Strings }) {
  return (
    <DataTable
      focusable
      className="review-table"
      caption={m.spread}
      columns={[
        m.dimension,
        { label: m.min, numeric: true },
        { label: m.max, numeric: true },
        { label: m.sd, numeric: true },
        ...(view.anyZeros ? [m.zeros] : []),
      ]}
    >
      {view.spreadRows.map((row) => (
        <tr key={row.id}>
          <th scope="row">{row.name}</th>
          <td className="num-col num">{row.min}</td>
          <td className="num-col num">{row.max}</td>
          <td className="num-col num">{row.sd}</td>
          {view.anyZeros ? <td>{row.zeros}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * Group review: reviewers' share links combined into one set of weights, each reviewer's #1
 * and where they disagree. The links and the mean live in the store; re-renders when they,
 * the weights, the catalogue or the language change.
 */
export function GroupReviewPanel() {
  const m = useMessages(groupReviewMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const names = useNames();
  const links = useAppStore(selectLinks);
  const setLinks = useAppStore(selectSetLinks);
  const mean = useAppStore(selectMean);
  const setMean = useAppStore(selectSetMean);
  const weights = useAppStore(selectWeights);
  const setWeights = useAppStore(selectSetWeights);
  const lines = useMemo(() => readReviewLinks(links, catalogue), [links, catalogue]);
  // Ranking every reviewer is the costly part: only when the links or the catalogue change.
  const tops = useMemo(() => reviewerTops(lines, catalogue), [lines, catalogue]);
  const view = useMemo(
    () => toGroupReview({ lines, tops, catalogue, weights, mean, lang, names, m }),
    [lines, tops, catalogue, weights, mean, lang, names, m],
  );
  const apply = view.applyWeights;
  const actions = (
    <button
      type="button"
      className="button button-primary"
      disabled={apply === null}
      onClick={() => {
        if (apply) setWeights(apply);
      }}
    >
      {m.apply}
    </button>
  );
  return (
    <Panel id="group-review" title={m.title} actions={actions} className="review-panel">
      <p className="review-note">{m.intro}</p>
      <div className="review-inputs">
        <div className="review-field">
          <label htmlFor="review-links">{m.links}</label>
          <textarea
            id="review-links"
            rows={4}
            spellCheck={false}
            wrap="off"
            autoComplete="off"
            aria-describedby="review-links-hint"
            value={links.join('\n')}
            onChange={(e) => setLinks(e.currentTarget.value.split('\n'))}
          />
          <p id="review-links-hint" className="review-note">
            {format(m.linksHint, { max: MAX_REVIEW_LINKS })}
          </p>
        </div>
        <div className="review-mean">
          <span id="review-mean-label">{m.mean}</span>
          <div className="segmented" role="group" aria-labelledby="review-mean-label">
            {MEANS.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={mean === value}
                onClick={() => setMean(value)}
              >
                {m[value]}
              </button>
            ))}
          </div>
        </div>
      </div>
      {view.lines.length > 0 ? (
        <ul className="review-lines" aria-label={m.lines}>
          {view.lines.map((line) => (
            <li key={line.line} className={`review-line review-line-${line.tone}`}>
              {line.text}
            </li>
          ))}
        </ul>
      ) : null}
      {apply === null ? (
        <p className="review-note">{m.empty}</p>
      ) : (
        <>
          <p className="review-summary" role="status">
            {view.summary}
          </p>
          {mean === 'geometric' && view.anyZeros ? (
            <p className="review-note">{m.geometricHint}</p>
          ) : null}
          <div className="review-results">
            <div className="review-column">
              <CombinedTables view={view} m={m} />
            </div>
            <div className="review-column">
              <SpreadTable view={view} m={m} />
            </div>
          </div>
          {view.applied ? <p className="review-note">{m.applied}</p> : null}
        </>
      )}
    </Panel>
  );
}
