import type { KeyboardEvent } from 'react';
import { createPortal, flushSync } from 'react-dom';

import { useMessages } from '../../components/use-messages';
import { usePopover } from '../../components/use-popover';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { exportMessages } from './messages';
import type { ExportKind } from './export-actions';
import { PrintReport } from './print-report';
import './export.css';

type Item = ExportKind | 'print';
const ITEMS: Item[] = ['adr', 'csv', 'json', 'print'];
const BADGES: Record<Item, string> = { adr: 'MD', csv: 'CSV', json: 'JSON', print: 'PDF' };

/**
 * The header's Export disclosure: decision record, ranking CSV, state JSON, print. Keyboard:
 * arrows move between items, Esc closes and returns focus. Reads the store only on a click,
 * so it never re-renders during a weight drag.
 */
export function ExportMenu() {
  const m = useMessages(exportMessages);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const popover = usePopover('li button');
  const { open, setOpen, wrapper, toggle } = popover;
  const menuId = popover.id;

  const items = () =>
    Array.from(wrapper.current?.querySelectorAll<HTMLButtonElement>('li button') ?? []);

  const close = () => {
    // Closed before the action so the dialog or printout never shows the open menu.
    flushSync(() => setOpen(false));
    toggle.current?.focus();
  };

  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    pushNotice({
      id: 'export',
      tone: 'error',
      message: {
        en: format(exportMessages.en.failed, { error: reason }),
        zh: format(exportMessages.zh.failed, { error: reason }),
      },
    });
  };

  const choose = (item: Item) => {
    close();
    if (item === 'print') return window.print();
    // The builders and papaparse load on first use, not with the page.
    import('./export-actions').then(({ runExport }) => runExport(item)).catch(fail);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[event.key];
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (move !== undefined) {
      event.preventDefault();
      list[(move + list.length) % list.length]?.focus();
    }
  };

  return (
    <div className="export-menu" {...popover.wrapperProps} onKeyDown={onKeyDown}>
      <button type="button" className="button" title={m.export} {...popover.toggleProps}>
        <svg className="export-glyph" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 3v12m-5-5 5 5 5-5M4 17v3h16v-3" />
        </svg>
        <span className="action-text">{m.export}</span>
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul id={menuId} className="export-list" aria-label={m.menu} hidden={!open}>
        {ITEMS.map((item) => (
          <li key={item} className={item === 'print' ? 'export-print' : undefined}>
            <button type="button" onClick={() => choose(item)}>
              <span className="export-icon" aria-hidden="true">
                {BADGES[item]}
              </span>
              {m[item]}
            </button>
          </li>
        ))}
      </ul>
      {createPortal(<PrintReport />, document.body)}
    </div>
  );
}
