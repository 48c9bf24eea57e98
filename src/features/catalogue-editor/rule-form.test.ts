import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { emptyRuleDraft, ruleDraftOf, ruleFromDraft } from './rule-form';

const rule = (id: string) => seedCatalogue.compatibility.find((r) => r.id === id)!;
const words = { reasonEn: 'why', reasonZh: '', source: 'team' };

describe('rule drafts', () => {
  it('reads seed rules as their kind', () => {
    expect(ruleDraftOf(rule('wasmedge-needs-crun'))).toMatchObject({
      kind: 'excludes',
      technology: 'wasmedge',
      other: 'runc',
      source: '',
    });
    expect(ruleDraftOf(rule('opa-wasm-host'))).toMatchObject({
      kind: 'warns',
      when: ['opa-wasm'],
      unless: ['wasmedge'],
    });
  });

  it('states requires / excludes / warns as rule inputs', () => {
    const base = { ...emptyRuleDraft(seedCatalogue), ...words };
    expect(
      ruleFromDraft({ ...base, kind: 'requires', technology: 'wasmedge', others: ['crun'] }),
    ).toEqual({
      ok: true,
      input: {
        kind: 'requires',
        technology: 'wasmedge',
        others: ['crun'],
        reason: { en: 'why', zh: '' },
        source: 'team',
      },
    });
    expect(
      ruleFromDraft({ ...base, kind: 'excludes', technology: 'kubernetes', other: 'flannel' }),
    ).toMatchObject({
      ok: true,
      input: { kind: 'excludes', technology: 'kubernetes', others: ['flannel'] },
    });
    expect(
      ruleFromDraft({ ...base, kind: 'warns', when: ['k3s', 'sqlite'], unless: ['etcd'] }),
    ).toMatchObject({
      ok: true,
      input: { kind: 'warns', technology: 'k3s', others: ['sqlite'], unless: ['etcd'] },
    });
  });

  it('names what is missing or contradictory', () => {
    const base = { ...emptyRuleDraft(seedCatalogue), technology: 'k3s' };
    expect(ruleFromDraft({ ...base, kind: 'requires', others: ['k3s'] })).toEqual({
      ok: false,
      errors: [
        { field: 'others', code: 'sameTechnology' },
        { field: 'reason', code: 'required' },
        { field: 'source', code: 'required' },
      ],
    });
    expect(ruleFromDraft({ ...base, ...words, kind: 'excludes' })).toEqual({
      ok: false,
      errors: [{ field: 'other', code: 'required' }],
    });
    expect(
      ruleFromDraft({ ...base, ...words, kind: 'warns', when: ['k3s'], unless: ['k3s'] }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'unless', code: 'overlap' }],
    });
  });
});
