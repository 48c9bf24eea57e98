import type { KeyboardEvent } from 'react';

import { namesOf } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { usePopover } from '../../components/use-popover';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { canHide } from './column-layout';
import { withColumnShown } from './hidden-columns';
import { rankingMessages } from './messages';
import { setHiddenColumns, useHiddenColumns } from './use-hidden-columns';
import './columns-menu.css';

/**
 * The "Columns" disclosure: a checkbox per score column shows or hides it (rank, stack, total
 * and fit always show). Esc or a click elsewhere closes it. Re-renders with the catalogue and
 * the hidden columns.
 */
export function ColumnsMenu({ lang }: { lang: Language }) {
  const m = rankingMessages[lang];
  const catalogue = useCatalogue();
  const names = namesOf(catalogue);
  const stored = useHiddenColumns();
  const sorting = useAppStore((s) => s.sorting);
  const setSorting = useAppStore((s) => s.setSorting);
  const popover = usePopover('input');
  const { open, setOpen, toggle } = popover;
  const popoverId = popover.id;

  const columns = catalogue.dimensions
    .map((d) => ({ id: d.id, label: names.dimension(d.id, lang) }))
    .filter((c) => canHide(c.id));
  const hiddenHere = columns.filter((c) => stored.includes(c.id)).length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (open && event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <div className="columns-menu" {...popover.wrapperProps} onKeyDown={onKeyDown}>
      <button type="button" className="button" {...popover.toggleProps}>
        <span className="columns-glyph" aria-hidden="true">
          ▥
        </span>
        {m.columns}
        {hiddenHere > 0 ? (
          <span className="columns-count">{format(m.columnsHidden, { n: hiddenHere })}</span>
        ) : null}
      </button>
      <div id={popoverId} className="columns-popover" hidden={!open}>
        <fieldset>
          <legend>{m.columnsLegend}</legend>
          {columns.map((column) => (
            <label key={column.id} className="columns-option">
              <input
                type="checkbox"
                checked={!stored.includes(column.id)}
                onChange={(e) => {
                  const shown = e.target.checked;
                  // A hidden column no longer sorts the table: nothing on screen would say so.
                  if (!shown && sorting.some((s) => s.id === column.id))
                    setSorting(sorting.filter((s) => s.id !== column.id));
                  setHiddenColumns(withColumnShown(stored, column.id, shown));
                }}
              />
              <span>{column.label}</span>
            </label>
          ))}
        </fieldset>
        <p className="columns-note">{m.columnsAlways}</p>
        <button
          type="button"
          className="button"
          disabled={hiddenHere === 0}
          onClick={() => setHiddenColumns([])}
        >
          {m.columnsShowAll}
        </button>
      </div>
    </div>
  );
}
