import { defineMessages } from '../../i18n/messages';

/** Strings of the header's Copy link button and its popover (fallback, or a link with a catalogue). */
export const shareMessages = defineMessages({
  en: {
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy a link that opens exactly this view',
    copied: 'Link copied',
    copiedInputsOnly: 'Link copied, without your catalogue',
    onClipboard: 'The link is on the clipboard: paste it where you share it.',
    fallbackTitle: 'Copy this link',
    blocked: 'The browser did not allow copying automatically.',
    fieldLabel: 'Link to this view',
    hintMac: 'Press ⌘C to copy it.',
    hintOther: 'Press Ctrl+C to copy it.',
    close: 'Close',
    preparing: 'Preparing link…',
    carriesCatalogue: 'This link carries your catalogue ({changes}).',
    carriesCatalogueOnly: 'This link carries your catalogue.',
    catalogueTooLarge:
      'Your catalogue is too large for a link ({n} characters; the limit is {limit}). The link carries your inputs only; send the catalogue as a file:',
    catalogueNotPacked:
      'This browser could not pack your catalogue into the link. The link carries your inputs only; send the catalogue as a file:',
    exportCatalogue: 'Export catalogue (JSON)',
  },
  zh: {
    copyLink: '复制链接',
    copyLinkTitle: '复制一个能完整还原当前视图的链接',
    copied: '链接已复制',
    copiedInputsOnly: '链接已复制（不含你的目录）',
    onClipboard: '链接已在剪贴板中，可直接粘贴到要分享的地方。',
    fallbackTitle: '复制此链接',
    blocked: '浏览器未允许自动复制。',
    fieldLabel: '当前视图的链接',
    hintMac: '按 ⌘C 复制。',
    hintOther: '按 Ctrl+C 复制。',
    close: '关闭',
    preparing: '正在生成链接…',
    carriesCatalogue: '此链接带有你的目录（{changes}）。',
    carriesCatalogueOnly: '此链接带有你的目录。',
    catalogueTooLarge:
      '你的目录太大，无法放入链接（{n} 个字符；上限为 {limit}）。此链接只包含你的输入；请以文件形式发送目录：',
    catalogueNotPacked:
      '此浏览器无法把你的目录放入链接。此链接只包含你的输入；请以文件形式发送目录：',
    exportCatalogue: '导出目录（JSON）',
  },
});
