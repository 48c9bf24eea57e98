import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { withGateway, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import { presetWeights } from '../../engine/presets';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { BOM, csvHeader, csvRecord, toCsv } from './to-csv';

const edge = scenarioById('edge');
// The edge preset as the app ranks it: its weights, requirements and focus (17.6.3: start time).
const ranking = rankFor(
  seedCatalogue,
  edge.requirements,
  edge.weights,
  { mode: 'fitFirst', showInvalid: true },
  edge,
);
const top = ranking[0]!;
const rowOf = (id: string) => ranking.find((r) => r.stack.id === id)!;

/** The #1 row renamed: an unknown technology id is shown as itself, so it can carry anything. */
function renamed(orchestration: string, id: string, rank: number): RankingRow {
  return {
    ...top,
    rank,
    stack: { ...top.stack, id, parts: { ...top.stack.parts, orchestration } },
  };
}

const TOP_REASONS =
  'Docker images need conversion: compile to wasm32-wasi and build a Wasm image with OCI annotations. (§17.7.3); ' +
  'sqlite supports a single node and is a single point of failure (no HA). (§17.3.3); ' +
  'sqlite is not compatible with etcd: switching storage later needs a data migration. (§17.7.3); ' +
  'flannel has only basic network-policy support. (§17.3.3)';

describe('csvHeader', () => {
  it('names rank, id, name, total, the six dimensions, fit, compatibility and reasons', () => {
    expect(csvHeader(seedCatalogue, 'en')).toEqual([
      'Rank',
      'Stack id',
      'Stack',
      'Total',
      'Resource',
      'Performance',
      'Scale',
      'Availability',
      'Cost',
      'Maturity',
      'Fit',
      'Compatibility',
      'Reasons',
    ]);
    expect(csvHeader(seedCatalogue, 'zh')).toEqual([
      '排名',
      '技术栈 id',
      '技术栈',
      '总分',
      '资源',
      '性能',
      '规模',
      '可用性',
      '成本',
      '成熟度',
      '匹配',
      '兼容性',
      '原因',
    ]);
  });
});

describe('csvRecord', () => {
  it('writes the values as the table shows them', () => {
    expect(csvRecord(top, seedCatalogue, 'en')).toEqual([
      '1',
      'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
      'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
      '70.1',
      '71',
      '52',
      '43',
      '100',
      '97',
      '60',
      'Match',
      'Warning',
      TOP_REASONS,
    ]);
  });

  it('lists failed requirement checks after the compatibility reasons, in Chinese too', () => {
    const row = rowOf('k3s+containerd+runc+sqlite+calico+kyverno');
    expect(csvRecord(row, seedCatalogue, 'zh')).toEqual([
      '56',
      'k3s+containerd+runc+sqlite+calico+kyverno',
      'K3s + containerd + runc + sqlite + Calico + Kyverno',
      '53.7',
      '53',
      '14',
      '31',
      '100',
      '80',
      '73',
      '不匹配',
      '警告',
      'sqlite 只支持 1 个节点，且是单点（无高可用）。（§17.3.3）；sqlite 不兼容 etcd：日后切换存储需要数据迁移。（§17.7.3）；containerd 启动 1000–2000 ms > 10 ms',
    ]);
  });

  it('says "reading of §" for a rule that is the app’s reading of the seed, in both languages', () => {
    const opaWasmHost = rowOf('k3s+docker+runc+sqlite+flannel+opa-wasm');
    expect(csvRecord(opaWasmHost, seedCatalogue, 'en').at(-1)).toBe(
      'sqlite supports a single node and is a single point of failure (no HA). (§17.3.3); ' +
        'sqlite is not compatible with etcd: switching storage later needs a data migration. (§17.7.3); ' +
        'flannel has only basic network-policy support. (§17.3.3); ' +
        'OPA-Wasm integrates through WasmEdge + Gatekeeper; without WasmEdge in the runtime layer it needs another Wasm host. (reading of §17.3.4); ' +
        'Docker starts in 1000–2000 ms > 10 ms',
    );
    const wasmOnRunc = csvRecord(
      rowOf('k3s+wasmedge+runc+sqlite+flannel+opa-wasm'),
      seedCatalogue,
      'zh',
    );
    expect(wasmOnRunc[11]).toBe('无效');
    expect(wasmOnRunc[12]).toBe(
      'WasmEdge 通过 crun 运行（“WasmEdge + crun”，crun RuntimeClass），不与 runc 组合。（对 §17.7.2 的解读）；' +
        'Docker 镜像需转换：编译到 wasm32-wasi 并构建带 OCI 注释的 Wasm 镜像。（§17.7.3）；' +
        'sqlite 只支持 1 个节点，且是单点（无高可用）。（§17.3.3）；' +
        'sqlite 不兼容 etcd：日后切换存储需要数据迁移。（§17.7.3）；' +
        'flannel 只有基础网络策略支持。（§17.3.3）',
    );
  });
});

describe('toCsv', () => {
  it('starts with a BOM and the header, ends records with CRLF', () => {
    const csv = toCsv([top], seedCatalogue, 'en');
    expect(csv).toBe(
      `${BOM}Rank,Stack id,Stack,Total,Resource,Performance,Scale,Availability,Cost,Maturity,Fit,Compatibility,Reasons\r\n` +
        `1,k3s+wasmedge+crun+sqlite+flannel+opa-wasm,K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm,70.1,71,52,43,100,97,60,Match,Warning,${TOP_REASONS}`,
    );
  });

  it('quotes a hostile name with a comma, quotes and a newline (RFC 4180)', () => {
    const csv = toCsv([renamed('Evil, "Co"\nLtd', 'evil', 2)], seedCatalogue, 'en');
    expect(csv.split('\r\n')[1]).toBe(
      `2,evil,"Evil, ""Co""\nLtd + WasmEdge + crun + sqlite + flannel + OPA-Wasm",70.1,71,52,43,100,97,60,Match,Warning,${TOP_REASONS}`,
    );
  });

  it('neutralises a cell that a spreadsheet would run as a formula', () => {
    const csv = toCsv([renamed('=HYPERLINK("http://x")', '@evil', 3)], seedCatalogue, 'en');
    expect(csv.split('\r\n')[1]).toBe(
      `3,"'@evil","'=HYPERLINK(""http://x"") + WasmEdge + crun + sqlite + flannel + OPA-Wasm",70.1,71,52,43,100,97,60,Match,Warning,${TOP_REASONS}`,
    );
  });

  it('neutralises every formula start: = + - @ tab, CR and LF, also before a line break', () => {
    const cells = (name: string) =>
      Papa.parse<string[]>(toCsv([renamed(name, 'x', 4)], seedCatalogue, 'en').slice(BOM.length))
        .data[1]![2];
    const rest = ' + WasmEdge + crun + sqlite + flannel + OPA-Wasm';
    expect(cells("=cmd|' /C calc'!A0")).toBe(`'=cmd|' /C calc'!A0${rest}`);
    expect(cells('+1+1')).toBe(`'+1+1${rest}`);
    expect(cells('-1+1')).toBe(`'-1+1${rest}`);
    expect(cells('@SUM(1)')).toBe(`'@SUM(1)${rest}`);
    expect(cells('\t=1+1')).toBe(`'\t=1+1${rest}`);
    expect(cells('\r=1+1')).toBe(`'\r=1+1${rest}`);
    expect(cells('\n=1+1')).toBe(`'\n=1+1${rest}`);
    // Papa's own escapeFormulae regex (/^[=+\-@\t\r].*$/) let these through: `.` stops at a line break.
    expect(cells('=1+1\nx')).toBe(`'=1+1\nx${rest}`);
    expect(cells('@x\u2028y')).toBe(`'@x\u2028y${rest}`);
    expect(toCsv([renamed('=1+1\nx', 'x', 4)], seedCatalogue, 'en').split('\r\n')[1]).toBe(
      `4,x,"'=1+1\nx${rest}",70.1,71,52,43,100,97,60,Match,Warning,${TOP_REASONS}`,
    );
    // A cell that only contains a formula character later is left alone.
    expect(cells('K3s =1')).toBe(`K3s =1${rest}`);
  });

  it('neutralises formula-like dimension names in the header', () => {
    const hostile: Catalogue = {
      ...seedCatalogue,
      dimensions: seedCatalogue.dimensions.map((d, i) =>
        i === 0 ? { ...d, name: { zh: '=1+1', en: '-2+3\nx' } } : d,
      ),
    };
    const header = toCsv([], hostile, 'en').slice(BOM.length);
    expect(header).toBe(
      `Rank,Stack id,Stack,Total,"'-2+3\nx",Performance,Scale,Availability,Cost,Maturity,Fit,Compatibility,Reasons\r\n`,
    );
    expect(toCsv([], hostile, 'zh')).toContain(`,"'=1+1",`);
  });

  it('never writes a score with a leading minus: numeric columns are 0–100', () => {
    for (const row of ranking.slice(0, 50))
      for (const cell of csvRecord(row, seedCatalogue, 'en').slice(3, 10))
        expect(cell).toMatch(/^\d/);
  });

  it('parses back to the same cells', () => {
    const rows = [
      top,
      renamed('Evil, "Co"\nLtd', 'evil', 2),
      rowOf('k3s+wasmedge+runc+sqlite+flannel+opa-wasm'),
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows, seedCatalogue, 'zh').slice(BOM.length), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      csvHeader(seedCatalogue, 'zh'),
      ...rows.map((row) => csvRecord(row, seedCatalogue, 'zh')),
    ]);
  });
});

describe('a catalogue of the user’s', () => {
  // The seed plus a gateway layer (Kong, Traefik), a security dimension and a rule the user
  // entered with the source they typed.
  const custom: Catalogue = {
    ...withSecurity(withGateway(seedCatalogue)),
    compatibility: [
      ...seedCatalogue.compatibility,
      {
        id: 'kong-cilium',
        severity: 'warning',
        when: ['kong', 'cilium'],
        reason: { zh: 'Kong 与 Cilium 需核对。', en: 'Check Kong with Cilium.' },
        source: 'user',
        entered: { source: 'team runbook' },
      },
    ],
  };
  const s = scenarioById('edge', custom);
  const rows = rankFor(
    custom,
    s.requirements,
    presetWeights(custom, s),
    { mode: 'fitFirst', showInvalid: false },
    s,
  );

  it('has a column per dimension, names stacks over every layer and cites what the user entered', () => {
    expect(csvHeader(custom, 'en').slice(4, 11)).toEqual([
      'Resource',
      'Performance',
      'Scale',
      'Availability',
      'Cost',
      'Maturity',
      'Security',
    ]);
    const record = csvRecord(rows[0]!, custom, 'en');
    expect(record.slice(0, 4)).toEqual([
      '1',
      'k3s+wasmedge+crun+sqlite+cilium+opa-wasm+kong',
      'K3s + WasmEdge + crun + sqlite + Cilium + OPA-Wasm + Kong',
      '70.1',
    ]);
    expect(record[10]).toBe('100');
    expect(record.at(-1)).toContain('Check Kong with Cilium. (entered: team runbook)');
    expect(csvRecord(rows[0]!, custom, 'zh').at(-1)).toContain(
      'Kong 与 Cilium 需核对。（用户录入：team runbook）',
    );
  });
});
