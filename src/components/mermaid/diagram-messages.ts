import { defineMessages } from '../../i18n/messages';

/** Strings of the diagram viewer: zoom, pan and the full-screen view. */
export const diagramMessages = defineMessages({
  en: {
    controls: '{title}: view controls',
    zoomOut: 'Zoom out',
    zoomIn: 'Zoom in',
    fit: 'Fit',
    zoomLevel: 'Zoom {percent}',
    fullScreen: 'Full screen',
    close: 'Close',
    pan: '{title}: scroll, drag or use the arrow keys to pan; + and − zoom, 0 fits',
    inFullScreen: 'Shown in the full-screen view.',
  },
  zh: {
    controls: '{title}：视图控制',
    zoomOut: '缩小',
    zoomIn: '放大',
    fit: '适应',
    zoomLevel: '缩放 {percent}',
    fullScreen: '全屏',
    close: '关闭',
    pan: '{title}：滚动、拖动或用方向键平移；+ 和 − 缩放，0 适应',
    inFullScreen: '正在全屏显示。',
  },
});
