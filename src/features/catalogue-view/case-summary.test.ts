import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { caseSummaryCells } from './case-summary';

const rowOf = (id: string) => caseSummaryCells(seedCatalogue.cases.find((c) => c.id === id)!);

describe('caseSummaryCells', () => {
  it('gives the four rows of the 17.5.9 table to the cases of 17.5.5–17.5.8 (label, core, 特色 as printed)', () => {
    const rows = seedCatalogue.cases
      .filter((c) => c.summary)
      .map((c) => {
        const cells = caseSummaryCells(c)!;
        return [c.section, cells.label, cells.core, cells.stars, cells.feature.zh];
      });
    expect(rows).toEqual([
      ['17.5.5', '华为 MEC', 'K3s + WasmEdge', '★★★★☆', '大规模边缘部署'],
      ['17.5.6', '阿里云 ACK Edge', 'K3s + Docker/WasmEdge', '★★★★☆', '混合架构'],
      ['17.5.7', 'AWS Lambda Wasm', 'WasmEdge（实验）', '★★★☆☆', '成本优化'],
      ['17.5.8', 'Second State', 'WasmEdge + K8s/K3s', '★★★☆☆', '多语言支持'],
    ]);
  });

  it('maps 华为 MEC to the 17.5.5 MEC platform, not to Huawei’s 17.5.2 industrial IoT case', () => {
    expect(rowOf('huawei-mec')).toMatchObject({
      starCount: 4,
      feature: { zh: '大规模边缘部署', en: 'Large-scale edge deployment' },
    });
    expect(rowOf('huawei-industrial-iot')).toBeNull();
  });

  it('leaves the cases 17.5.9 does not list without a row', () => {
    expect(seedCatalogue.cases.filter((c) => !caseSummaryCells(c)).map((c) => c.section)).toEqual([
      '17.5.1',
      '17.5.2',
      '17.5.3',
      '17.5.4',
    ]);
  });
});
