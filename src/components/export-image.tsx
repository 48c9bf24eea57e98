import { useRef, useState, type RefObject } from 'react';

import { defineMessages, format } from '../i18n/messages';
import { useAppStore } from '../store/app-store';
import { downloadBlob, downloadText, svgToPng } from './download';
import { exportFileName, largestSvg, serializeSvg, type LegendItem } from './export-file';
import { diagramCss } from './mermaid/csp-styles';
import { useMessages } from './use-messages';

const messages = defineMessages({
  en: {
    group: '{label}: download the figure',
    svg: '{label}: download as SVG',
    png: '{label}: download as PNG',
    missing: 'There is no figure to download yet: show the chart first.',
    failed: 'The image could not be created in this browser. Try SVG instead.',
  },
  zh: {
    group: '{label}：下载图',
    svg: '{label}：下载 SVG',
    png: '{label}：下载 PNG',
    missing: '当前没有可下载的图：请先显示图表。',
    failed: '此浏览器无法生成图片，请改用 SVG。',
  },
});

const notice = (key: 'missing' | 'failed', tone: 'warning' | 'error') => ({
  id: 'export-image',
  tone,
  message: { en: messages.en[key], zh: messages.zh[key] },
});

const FALLBACK = {
  light: { surface: '#ffffff', text: '#0f172a' },
  dark: { surface: '#111a2e', text: '#e5ecf6' },
};

/** A colour as the page resolves it now; "var(--x)" becomes the variable's current value. */
function resolveColour(colour: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(colour.trim())?.[1];
  if (!name) return colour;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#000';
}

/** The theme's surface and text colours as resolved now: white paper or the dark surface. */
function themeColours() {
  const fallback = FALLBACK[document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'];
  const style = getComputedStyle(document.documentElement);
  return {
    surface: style.getPropertyValue('--surface').trim() || fallback.surface,
    text: style.getPropertyValue('--text').trim() || fallback.text,
  };
}

interface ExportImageProps {
  /** File name base: "radar" saves radar-2026-11-25.svg. */
  name: string;
  /** What the figure shows, for the buttons' accessible names. */
  label: string;
  /** The element holding the figure; by default the panel the buttons sit in. */
  target?: RefObject<HTMLElement | null>;
  /** Series names and colours (CSS variables allowed) to draw under the figure. */
  legend?: LegendItem[];
}

/** "SVG" and "PNG" buttons that save the figure in a container as a standalone file. */
export function ExportImage({ name, label, target, legend }: ExportImageProps) {
  const m = useMessages(messages);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);

  const save = async (kind: 'svg' | 'png') => {
    const container = target?.current ?? ref.current?.closest('.panel');
    const svg = container ? largestSvg(container) : null;
    if (!svg) return pushNotice(notice('missing', 'warning'));
    const { surface, text } = themeColours();
    const file = serializeSvg(svg, {
      background: surface,
      text,
      styleOf: (el) => getComputedStyle(el),
      css: diagramCss(svg),
      legend: legend?.map((item) => ({ ...item, colour: resolveColour(item.colour) })),
    });
    const date = new Date();
    if (kind === 'svg')
      return downloadText(file.text, exportFileName(name, date, 'svg'), 'image/svg+xml');
    setBusy(true);
    try {
      const png = await svgToPng(file.text, file, surface);
      downloadBlob(png, exportFileName(name, date, 'png'));
    } catch {
      pushNotice(notice('failed', 'error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      ref={ref}
      className="segmented export-image"
      role="group"
      aria-label={format(m.group, { label })}
    >
      {(['svg', 'png'] as const).map((kind) => {
        const name = format(m[kind], { label });
        return (
          <button
            key={kind}
            type="button"
            aria-label={name}
            title={name}
            disabled={kind === 'png' && busy}
            onClick={() => void save(kind)}
          >
            <span aria-hidden="true">↓ </span>
            {kind.toUpperCase()}
          </button>
        );
      })}
    </div>
  );
}
