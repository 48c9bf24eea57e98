import { VitePWA } from 'vite-plugin-pwa';

/**
 * Largest file the service worker precaches. Workbox's default (2 MiB) leaves a bigger file out
 * with only a build warning; the largest chunk today is mermaid's elk layout (1.5 MB, loaded
 * only if a diagram asks for it), so 5 MiB leaves room while still refusing a runaway asset.
 */
const MAX_PRECACHED_BYTES = 5 * 1024 * 1024;

/** Navigations to a path whose last segment names a file (has a dot), whatever the query. */
export const NOT_THE_APP = /^[^?]*\/[^/?]*\.[^/?]*(?:\?.*)?$/;

/**
 * The offline / installable app: a Workbox service worker (generateSW) and the web app manifest.
 *
 * Why the precache list is complete: the glob takes every file of the build output that the app
 * can request — the entry, every lazy chunk Rolldown splits off (recharts panels, mermaid and
 * each of its diagram and layout chunks, the export and presenter modules), the two Web Worker
 * scripts (emitted as assets from `new Worker(new URL(…))`), CSS, the icons, the catalogue JSON
 * Schema and index.html. Nothing is loaded from another origin, so no runtime caching is
 * configured (a cross-origin request, e.g. a team catalogue link, always goes to the network).
 * A chunk above MAX_PRECACHED_BYTES fails the build instead of being dropped (see below).
 *
 * The service worker waits (registerType 'prompt'): src/features/app-update asks the user
 * before a new version takes over. Registration is done from app code (no inline script, for
 * the CSP); the plugin only adds the manifest link to index.html.
 */
export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    // The glob below already takes the icons; the plugin's own copy would list them twice.
    includeManifestIcons: false,
    devOptions: { enabled: false },
    manifest: {
      id: '/',
      name: 'Stack Decision Matrix',
      short_name: 'Stack Matrix',
      description:
        'Choose and defend a cloud-native / edge technology stack with weighted scoring, spec matching and decision trees.',
      lang: 'en',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // theme.css: --accent (light) and --bg (light).
      theme_color: '#1d4ed8',
      background_color: '#f4f6fa',
      categories: ['productivity', 'developer', 'utilities'],
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_BYTES,
      navigateFallback: 'index.html',
      // A file address (/catalogue.schema.json, /manifest.webmanifest, /sw.js) opened in a
      // tab is that file, not the app. Workbox matches path and query together: only the
      // path decides (a team link `/?catalogue=https://…/c.json` is the app).
      navigateFallbackDenylist: [NOT_THE_APP],
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}
