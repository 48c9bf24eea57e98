import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { emptyRow, factOf, parseFigure, rowOf, suggestedShape } from './fact-row';
import { draftOf, emptyDraft, technologyFromDraft, withName } from './technology-form';

const seed = seedCatalogue;
const k3s = seed.technologies.find((t) => t.id === 'k3s')!;
const docker = seed.technologies.find((t) => t.id === 'docker')!;

describe('fact rows', () => {
  it('parses positive figures as typed; refuses the rest', () => {
    expect(parseFigure('1,000')).toBe(1000);
    expect(parseFigure(' 0.9 ')).toBe(0.9);
    expect(parseFigure('1e3')).toBe(1000);
    for (const bad of ['', '0', '-5', 'abc', '1e13', 'Infinity', '1.2.3'])
      expect(parseFigure(bad)).toBeNull();
  });

  it('suggests the kind and unit the catalogue uses for a fact', () => {
    expect(suggestedShape(seed, 'startTime')).toEqual({ kind: 'range', unit: 'ms' });
    expect(suggestedShape(seed, 'productionStars')).toEqual({ kind: 'stars', unit: null });
    expect(suggestedShape(seed, 'networkPolicy')).toEqual({ kind: 'policySupport', unit: null });
    expect(emptyRow(seed, 'podDensity', 'r').unit).toBe('pods/node');
  });

  it('an unchanged seed fact stays the seed fact (its citation kept); a changed one needs a source', () => {
    const fact = docker.facts.startTime!;
    const row = rowOf('startTime', fact, 'r1');
    expect(factOf(row)).toEqual({ fact });
    expect(factOf({ ...row, max: '1500' })).toEqual({
      errors: [{ row: 'r1', part: 'source', code: 'sourceRequired' }],
    });
    expect(factOf({ ...row, max: '1500', source: 'our benchmark' })).toEqual({
      fact: {
        kind: 'range',
        min: 1000,
        max: 1500,
        unit: 'ms',
        source: 'user',
        entered: { source: 'our benchmark' },
      },
    });
    // Typing a source on an unchanged seed value makes it the user's entry too.
    expect(factOf({ ...row, source: 'measured again' })).toMatchObject({
      fact: { source: 'user', entered: { source: 'measured again' } },
    });
  });

  it('checks figures, range order and texts', () => {
    const row = emptyRow(seed, 'startTime', 'r');
    expect(factOf({ ...row, min: '300', max: '100', source: 's' })).toEqual({
      errors: [{ row: 'r', part: 'max', code: 'rangeOrder' }],
    });
    expect(factOf({ ...row, kind: 'number', value: '-1', source: 's' })).toEqual({
      errors: [{ row: 'r', part: 'value', code: 'positiveNumber' }],
    });
    expect(factOf({ ...row, kind: 'text', source: 's' })).toEqual({
      errors: [{ row: 'r', part: 'text', code: 'textRequired' }],
    });
    expect(factOf({ ...row, kind: 'text', textZh: '日常', source: 's', noteEn: 'n' })).toEqual({
      fact: {
        kind: 'text',
        value: { en: '', zh: '日常' },
        source: 'user',
        entered: { source: 's' },
        note: { en: 'n', zh: '' },
      },
    });
  });
});

describe('technology drafts', () => {
  it('a new technology takes its id from the name until the id is edited', () => {
    const draft = withName(emptyDraft(seed), 'K3s', seed);
    expect(draft.id).toBe('k3s-2');
    const edited = withName({ ...draft, id: 'mine', idEdited: true }, 'Other', seed);
    expect(edited.id).toBe('mine');
  });

  it('editing a seed technology without changes gives it back unchanged', () => {
    const result = technologyFromDraft(draftOf(k3s), seed, k3s);
    expect(result).toEqual({ ok: true, technology: k3s });
    const dockerResult = technologyFromDraft(draftOf(docker), seed, docker);
    expect(dockerResult).toEqual({ ok: true, technology: docker });
  });

  it('names every problem with its field', () => {
    const draft = { ...emptyDraft(seed), name: 'docker', id: 'Bad Id', layer: 'nope' };
    const row = draft.facts[0]!;
    const result = technologyFromDraft({ ...draft, facts: [row, { ...row, rowId: 'twin' }] }, seed);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'nameTaken' },
        { field: 'id', code: 'idFormat' },
        { field: 'layer', code: 'unknownLayer' },
        { field: 'summary', code: 'required' },
        { field: 'fact', row: row.rowId, part: 'min', code: 'positiveNumber' },
        { field: 'fact', row: row.rowId, part: 'max', code: 'positiveNumber' },
        { field: 'fact', row: 'twin', part: 'key', code: 'duplicateFact' },
      ],
    });
    expect(
      technologyFromDraft(
        { ...emptyDraft(seed), name: 'X', id: 'k3s', summaryEn: 's', facts: [] },
        seed,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'id', code: 'idTaken' },
        { field: 'facts', code: 'factsRequired' },
      ],
    });
  });

  it('a new technology in a layer added in the same edit', () => {
    const pending = { id: 'gateway', name: { en: 'Gateway', zh: '网关' }, source: 'user' as const };
    const draft = {
      ...withName(emptyDraft(seed, 'gateway'), 'Kong', seed),
      summaryEn: 'API gateway',
      facts: [{ ...emptyRow(seed, 'githubStars', 'r'), value: '40000', source: 'GitHub' }],
    };
    expect(technologyFromDraft(draft, seed).ok).toBe(false);
    expect(technologyFromDraft(draft, seed, undefined, pending)).toEqual({
      ok: true,
      technology: {
        id: 'kong',
        layer: 'gateway',
        name: 'Kong',
        summary: { en: 'API gateway', zh: '' },
        facts: {
          githubStars: {
            kind: 'number',
            value: 40000,
            unit: 'stars',
            source: 'user',
            entered: { source: 'GitHub' },
          },
        },
        entered: { source: 'GitHub' },
      },
    });
  });
});
