import { useMemo } from 'react';

import { useLanguage } from '../../components/use-messages';
import type { catalogueIoMessages } from './messages';
import { changedLine, otherLine, stacksLine, topLine } from './preview-words';
import { toImportPreview, type PreviewGroup } from './to-import-preview';
import type { FlowState } from './use-import-flow';

type Words = (typeof catalogueIoMessages)['en'];

const GROUP_TITLE: Record<PreviewGroup['collection'], keyof Words> = {
  technologies: 'technologies',
  layers: 'layers',
  dimensions: 'dimensions',
  compatibility: 'compatibility',
  scenarios: 'scenarios',
};

/** One kind of change of one collection, as a labelled list of names. */
function NameList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="cat-io-change">
      <dt>{label}</dt>
      <dd>
        <ul>
          {items.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** The preview of a valid import: changes by name, then how the #1 and the stack count move. */
export function PreviewBody({
  state,
  m,
}: {
  state: Extract<FlowState, { step: 'preview' }>;
  m: Words;
}) {
  const lang = useLanguage();
  const preview = useMemo(
    () => toImportPreview(state.base, state.catalogue, state.inputs, lang),
    [state, lang],
  );
  const other = otherLine(preview.other, m, lang);
  return (
    <>
      {preview.unchanged ? <p className="cat-io-same">{m.noChanges}</p> : null}
      {preview.groups.map((group) => (
        <section key={group.collection} className="cat-io-group">
          <h3>{m[GROUP_TITLE[group.collection]]}</h3>
          <dl>
            <NameList label={m.added} items={group.added} />
            <NameList label={m.removed} items={group.removed} />
            <NameList
              label={m.changed}
              items={group.changed.map((entry) => changedLine(entry, lang))}
            />
          </dl>
        </section>
      ))}
      {other ? <p className="cat-io-other">{other}</p> : null}
      <section className="cat-io-group cat-io-ranking">
        <h3>{m.rankingTitle}</h3>
        <p className="cat-io-top">
          <strong>{topLine(preview.top, m)}</strong>
        </p>
        <p>{stacksLine(preview.stacks, m, lang)}</p>
        <p className="cat-io-note">{m.rankingNote}</p>
      </section>
    </>
  );
}
