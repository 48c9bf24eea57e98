import type { Language } from '../../catalogue/types';
import {
  coWords,
  layerSpreadText,
  marginText,
  tieReason,
} from '../../components/co-recommendation-words';
import type { CoRecommendation } from '../../engine/co-recommendation';
import type { StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import type { StackSection } from '../../store/app-store';
import { useNames } from '../../store/use-ranking';
import { ExplainButton } from './explain-button';
import type { recommendationMessages } from './messages';
import { points, signedDimensions } from './names';

type Strings = (typeof recommendationMessages)['en'];

/** Co-recommended stacks listed in full; the rest are one click away (every one is named). */
const MAX_SHOWN = 6;

interface CoRecommendationNoteProps {
  id: string;
  co: CoRecommendation;
  lang: Language;
  m: Strings;
  onExplain: (stackId: string, section: StackSection) => void;
}

/**
 * Stacks within NEAR_TIE of each other, presented as equals: every one named with its score,
 * the margin, and what separates them (layers, weighted differences), never an id order.
 */
export function CoRecommendationNote({ id, co, lang, m, onExplain }: CoRecommendationNoteProps) {
  const w = coWords[lang];
  const names = useNames();
  const margin = marginText(lang);
  const headingId = `${id}-co`;
  const first = co.rows[0]!;
  // A stack named by its technologies where the group differs: "etcd" vs "sqlite".
  const short = (parts: StackParts) =>
    co.layers.map((l) => names.technology(parts[l.layer] ?? '')).join(' + ');
  const item = (row: CoRecommendation['rows'][number]) => (
    <li key={row.stack.id}>
      <span className="rec-co-rank num">#{row.rank}</span>{' '}
      <span className="rec-co-name">{names.stack(row.stack.parts)}</span>{' '}
      <span className="rec-co-score num">{points(row.total)}</span>{' '}
      <ExplainButton stack={row.stack} m={m} onExplain={onExplain} />
    </li>
  );
  const shown = co.rows.slice(0, MAX_SHOWN);
  const more = co.rows.slice(MAX_SHOWN);
  return (
    <section className="rec-co" aria-labelledby={headingId}>
      <h4 id={headingId}>{format(m.coTitle, { n: co.rows.length, margin })}</h4>
      <ul className="rec-co-stacks" aria-label={m.coStacks}>
        {shown.map(item)}
      </ul>
      {more.length > 0 ? (
        <details className="rec-co-more">
          <summary>{format(m.coMore, { n: more.length })}</summary>
          <ul className="rec-co-stacks">{more.map(item)}</ul>
        </details>
      ) : null}
      <p className="rec-co-why">{tieReason(co, lang)}</p>
      {co.layers.length > 0 ? (
        <p className="rec-co-layers">
          <span className="rec-co-label">{format(m.labelled, { label: w.coLayers })}</span>
          {co.layers
            .map((l) =>
              layerSpreadText(
                {
                  name: names.layer(l.layer, lang),
                  technologies: l.technologies.map(names.technology),
                },
                lang,
              ),
            )
            .join(w.listSep)}
        </p>
      ) : null}
      {co.others
        .filter((o) => o.deltas.length > 0 && shown.includes(o.row))
        .map((o) => (
          <p
            key={o.row.stack.id}
            className="rec-co-deltas"
            title={`${names.stack(first.stack.parts)} − ${names.stack(o.row.stack.parts)}`}
          >
            {format(m.coDeltas, {
              first: short(first.stack.parts),
              other: short(o.row.stack.parts),
            })}{' '}
            <span className="num">{signedDimensions(o.deltas, lang, w.listSep, names)}</span>
          </p>
        ))}
    </section>
  );
}
