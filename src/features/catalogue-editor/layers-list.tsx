import { useState } from 'react';

import type { Catalogue, Language, Layer, LocalizedText } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import type { EditorStrings } from './messages';
import { RowActions } from './row-actions';

interface LayersListProps {
  catalogue: Catalogue;
  lang: Language;
  m: EditorStrings;
  onRename: (id: string, name: LocalizedText) => void;
  onMove: (id: string, direction: 'up' | 'down') => void;
  onRemove: (id: string) => void;
}

/** One layer: its name editable in place (both languages), moves and removal. */
function LayerRow({
  layer,
  index,
  count,
  total,
  lang,
  m,
  onRename,
  onMove,
  onRemove,
}: {
  layer: Layer;
  index: number;
  count: number;
  total: number;
  lang: Language;
  m: EditorStrings;
} & Pick<LayersListProps, 'onRename' | 'onMove' | 'onRemove'>) {
  const [en, setEn] = useState(layer.name.en);
  const [zh, setZh] = useState(layer.name.zh);
  // A rename, undo or language switch elsewhere resets the inputs to the stored name.
  const [shown, setShown] = useState(layer.name);
  if (shown !== layer.name) {
    setShown(layer.name);
    setEn(layer.name.en);
    setZh(layer.name.zh);
  }
  const name = layer.name[lang];
  const changed = en.trim() !== layer.name.en || zh.trim() !== layer.name.zh;
  const empty = en.trim() === '' && zh.trim() === '';
  return (
    <li className="editor-layer">
      <form
        className="editor-layer-name"
        onSubmit={(e) => {
          e.preventDefault();
          if (changed && !empty) onRename(layer.id, { en: en.trim(), zh: zh.trim() });
        }}
      >
        <span className="editor-layer-index num" aria-hidden="true">
          {index + 1}
        </span>
        {/* The visible word names the language; the accessible name also names the layer. */}
        <label className="editor-layer-field">
          <span className="editor-layer-lang">{m.english}</span>
          <input
            aria-label={format(m.layerNameEn, { name })}
            value={en}
            lang="en"
            onChange={(e) => setEn(e.currentTarget.value)}
          />
        </label>
        <label className="editor-layer-field">
          <span className="editor-layer-lang">{m.chinese}</span>
          <input
            aria-label={format(m.layerNameZh, { name })}
            value={zh}
            lang="zh-CN"
            onChange={(e) => setZh(e.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={!changed || empty}
          aria-label={format(m.saveNameOf, { name })}
        >
          {m.saveName}
        </button>
      </form>
      <span className="editor-layer-count">{format(m.technologyCount, { n: count })}</span>
      <RowActions
        actions={[
          {
            label: <span aria-hidden="true">↑</span>,
            name: format(m.moveUp, { name }),
            disabled: index === 0,
            onClick: () => onMove(layer.id, 'up'),
          },
          {
            label: <span aria-hidden="true">↓</span>,
            name: format(m.moveDown, { name }),
            disabled: index === total - 1,
            onClick: () => onMove(layer.id, 'down'),
          },
          {
            label: m.remove,
            name: format(m.removeLayer, { name }),
            onClick: () => onRemove(layer.id),
          },
        ]}
      />
    </li>
  );
}

/** The catalogue's layers in stack order: rename in place, move up / down, remove. */
export function LayersList({ catalogue, lang, m, onRename, onMove, onRemove }: LayersListProps) {
  return (
    <>
      <p className="editor-hint">{m.layersNote}</p>
      <ol className="editor-layers">
        {catalogue.layers.map((layer, i) => (
          <LayerRow
            key={layer.id}
            layer={layer}
            index={i}
            total={catalogue.layers.length}
            count={catalogue.technologies.filter((t) => t.layer === layer.id).length}
            lang={lang}
            m={m}
            onRename={onRename}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </ol>
    </>
  );
}
