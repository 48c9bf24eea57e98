import { defineMessages } from '../../i18n/messages';

/** Strings of the header's Copy link button and its fallback popover. */
export const shareMessages = defineMessages({
  en: {
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy a link that opens exactly this view',
    copied: 'Link copied',
    fallbackTitle: 'Copy this link',
    blocked: 'The browser did not allow copying automatically.',
    fieldLabel: 'Link to this view',
    hintMac: 'Press ⌘C to copy it.',
    hintOther: 'Press Ctrl+C to copy it.',
    close: 'Close',
  },
  zh: {
    copyLink: '复制链接',
    copyLinkTitle: '复制一个能完整还原当前视图的链接',
    copied: '链接已复制',
    fallbackTitle: '复制此链接',
    blocked: '浏览器未允许自动复制。',
    fieldLabel: '当前视图的链接',
    hintMac: '按 ⌘C 复制。',
    hintOther: '按 Ctrl+C 复制。',
    close: '关闭',
  },
});
