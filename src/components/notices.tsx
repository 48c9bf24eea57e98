import { useAppStore } from '../store/app-store';
import { useLanguage } from './use-messages';

const DISMISS = { en: 'Dismiss', zh: '关闭' } as const;

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
