import { describe, expect, it } from 'vitest';

import { technologyIdSchema } from '../../catalogue/schema';
import { catalogueKeySchema } from '../../catalogue/ids';
import {
  copyIdFor,
  keyIdFor,
  keySlug,
  ruleIdFor,
  technologyIdFor,
  technologySlug,
  uniqueId,
} from './edit-ids';

describe('ids from names', () => {
  it('technology ids: lower-case words joined by "-", accents dropped', () => {
    expect(technologySlug('Podman')).toBe('podman');
    expect(technologySlug('OPA Wasm (v2)')).toBe('opa-wasm-v2');
    expect(technologySlug('  Señor_DB ')).toBe('senor-db');
    expect(technologySlug('网关')).toBe('');
    expect(technologySlug('a'.repeat(60))).toHaveLength(48);
  });

  it('layer and dimension ids: camelCase from the first word that starts with a letter', () => {
    expect(keySlug('API gateway')).toBe('apiGateway');
    expect(keySlug('Event queue')).toBe('eventQueue');
    expect(keySlug('3rd party')).toBe('party');
    expect(keySlug('监控')).toBe('');
  });

  it('unique ids get -2, -3 …; reserved names are never handed out', () => {
    expect(uniqueId('podman', [], 48)).toBe('podman');
    expect(uniqueId('podman', ['podman', 'podman-2'], 48)).toBe('podman-3');
    expect(uniqueId('constructor', [], 48)).toBe('constructor-2');
    expect(uniqueId('x'.repeat(48), ['x'.repeat(48)], 48)).toBe(`${'x'.repeat(46)}-2`);
    expect(technologyIdFor('网关', ['technology'])).toBe('technology-2');
    expect(keyIdFor('监控', [], 'layer')).toBe('layer');
    expect(copyIdFor('k3s', ['k3s', 'k3s-copy'])).toBe('k3s-copy-2');
    expect(ruleIdFor('requires', ['podman', 'crun'], [])).toBe('requires-podman-crun');
  });

  it('derived ids pass their schemas', () => {
    for (const name of ['Podman', 'x'.repeat(80), '__proto__', 'Ünïcode ✓', '—']) {
      expect(technologyIdSchema.safeParse(technologyIdFor(name, [])).success).toBe(true);
      expect(catalogueKeySchema.safeParse(keyIdFor(name, [], 'layer')).success).toBe(true);
    }
  });
});
