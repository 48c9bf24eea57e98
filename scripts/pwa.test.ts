import { describe, expect, it } from 'vitest';

import { NOT_THE_APP } from './pwa';

describe('the service worker’s navigation fallback', () => {
  it.each(['/catalogue.schema.json', '/sw.js', '/manifest.webmanifest', '/assets/x.js?v=1'])(
    'leaves the file %s to the network or the precache',
    (url) => expect(NOT_THE_APP.test(url)).toBe(true),
  );

  it.each([
    '/',
    '/?catalogue=https://team.example/stack-catalogue.json',
    '/?view=path&w=4.5,3,2,2,2,1',
    '/?lang=zh',
  ])('serves the app for %s, offline too', (url) => expect(NOT_THE_APP.test(url)).toBe(false));
});
