import type { Language } from '../catalogue/types';
import { useAppStore, type NoticeAction } from '../store/app-store';
import { downloadCatalogueJson } from './catalogue-download';
import { downloadText } from './download';
import { useLanguage } from './use-messages';

const DISMISS = { en: 'Dismiss', zh: '关闭' } as const;

const ACTION_LABEL: Record<NoticeAction['kind'], Record<Language, string>> = {
  exportCatalogue: { en: 'Export catalogue (JSON)', zh: '导出目录（JSON）' },
  downloadKept: { en: 'Download the kept copy', zh: '下载备份副本' },
};

/** A stored value, or null where storage is blocked. */
function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Runs a notice's action: the catalogue's JSON export, or the kept-aside value as a file. */
function runAction(action: NoticeAction) {
  if (action.kind === 'exportCatalogue') {
    downloadCatalogueJson(useAppStore.getState().catalogue);
    return;
  }
  const text = readStored(action.key);
  if (text !== null) {
    const stamp = action.key.replace(/[^0-9A-Za-z-]+/g, '-').replace(/-+$/, '');
    downloadText(text, `${stamp}.json`, 'application/json');
  }
}

/** The store's notices as dismissible banners under the header; polite live region. */
export function Notices() {
  const lang = useLanguage();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <p>{n.message[lang]}</p>
          {n.action ? (
            <button
              type="button"
              className="button"
              onClick={() => n.action && runAction(n.action)}
            >
              {ACTION_LABEL[n.action.kind][lang]}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => dismiss(n.id)}
            aria-label={`${DISMISS[lang]}: ${n.message[lang]}`}
          >
            {DISMISS[lang]}
          </button>
        </div>
      ))}
    </div>
  );
}
