import { describe, expect, it } from 'vitest';

import { podman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { countChanges, toChangeRows } from './change-rows';
import {
  addLayer,
  addTechnology,
  deleteTechnology,
  moveLayer,
  renameLayer,
  updateTechnology,
} from './edit-catalogue';
import { catalogueLine, changeText, editLabel, itemText, kindText } from './edit-words';
import { editorMessages } from './messages';

const en = editorMessages.en;
const zh = editorMessages.zh;

describe('changes against the seed', () => {
  it('no change: the seed catalogue', () => {
    const rows = toChangeRows(seedCatalogue, seedCatalogue);
    expect(rows).toEqual([]);
    expect(catalogueLine(countChanges(rows), en)).toBe('The seed catalogue');
    expect(catalogueLine(countChanges(rows), zh)).toBe('种子目录');
  });

  it('added, removed, changed and reordered items, with their names and fields', () => {
    const kong = { ...podman, id: 'kong', name: 'Kong', layer: 'gateway' };
    let next = addTechnology(seedCatalogue, podman);
    next = addTechnology(
      addLayer(next, { name: { en: 'Gateway', zh: '网关' }, source: 'x' }),
      kong,
    );
    next = deleteTechnology(next, 'gatekeeper').catalogue;
    next = renameLayer(next, 'policy', { en: 'Admission', zh: '准入' });
    next = moveLayer(next, 'storage', 'up');
    const rows = toChangeRows(seedCatalogue, next);
    expect(
      rows.map((r) => [kindText(r, en), itemText(r, en, 'en'), changeText(r, en, 'en')]),
    ).toEqual([
      ['Technology', 'Podman', 'Added'],
      ['Technology', 'Kong', 'Added'],
      ['Technology', 'Gatekeeper', 'Removed'],
      ['Technology', 'OPA-Wasm', 'Changed: Technologies it stands for'],
      ['Layer', 'Gateway', 'Added'],
      ['Layer', 'Admission', 'Changed: Name'],
      ['Layer', 'layers', 'Order changed'],
      ['Scenario', 'Large-scale production', 'Changed: Variants'],
      // Six cases ran OPA-Wasm or Gatekeeper: they keep OPA-Wasm.
      ['Production case', '5G MEC edge computing', 'Changed: Stack'],
      ['Production case', 'Industrial IoT data processing', 'Changed: Stack'],
      ['Production case', 'Online game serverless', 'Changed: Stack'],
      ['Production case', 'Serverless function service', 'Changed: Stack'],
      ['Production case', 'Huawei MEC platform', 'Changed: Stack'],
      ['Production case', 'Alibaba Cloud ACK Edge', 'Changed: Stack'],
    ]);
    const counts = countChanges(rows);
    expect(catalogueLine(counts, en)).toBe(
      'Your catalogue: 2 technologies added, 1 technology removed, 1 technology changed, 1 layer added, 1 layer changed, the order of layers changed, 1 scenario changed, 6 production cases changed',
    );
    expect(catalogueLine(counts, zh)).toBe(
      '你的目录：新增 2 项技术，删除 1 项技术，修改 1 项技术，新增 1 个层，修改 1 个层，层的顺序已调整，修改 1 个场景，修改 6 个生产案例',
    );
  });

  it('names changed facts and fields by their labels, never by their paths', () => {
    const docker = seedCatalogue.technologies.find((t) => t.id === 'docker')!;
    const next = updateTechnology(seedCatalogue, 'docker', {
      ...docker,
      summary: { en: 'Ours', zh: '我们的' },
      facts: {
        ...docker.facts,
        startTime: {
          kind: 'range',
          min: 900,
          max: 1200,
          unit: 'ms',
          source: 'user',
          entered: { source: 'bench' },
        },
      },
    }).catalogue;
    const [row] = toChangeRows(seedCatalogue, next);
    expect(row!.fields).toEqual(['facts.startTime', 'summary']);
    expect(changeText(row!, en, 'en')).toBe('Changed: Start time, Summary');
    expect(changeText(row!, zh, 'zh')).toBe('修改：启动时间，简介');
  });

  it('names edits for the undo and redo buttons', () => {
    expect(editLabel({ action: 'addTechnology', subject: 'Podman' }, en)).toBe(
      'add technology Podman',
    );
    expect(editLabel({ action: 'addTechnology', subject: 'Podman' }, zh)).toBe('添加技术 Podman');
    expect(editLabel({ action: 'reset' }, en)).toBe('reset to the seed catalogue');
    expect(editLabel({ action: 'import' }, en)).toBe('import a catalogue');
    expect(editLabel({ action: 'synthetic', subject: '10x6' }, en)).toBe(
      'generate the synthetic catalogue 10x6',
    );
    expect(editLabel({ action: 'synthetic', subject: '10x6' }, zh)).toBe('生成合成目录 10x6');
  });
});
