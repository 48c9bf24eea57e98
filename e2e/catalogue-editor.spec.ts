import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { rankedIds, seriousViolations, setWeight } from './helpers';

// The catalogue editor (issue 8): add Podman, a gateway layer with Kong and Traefik, undo /
// redo, reset, reload, both languages. The editor sits at the top of the Catalogue view.

interface FactInput {
  /** The fact's label, e.g. "Start time". */
  fact?: string;
  from?: string;
  to?: string;
  value?: string;
  unit?: string;
  source: string;
}

interface TechnologyInput {
  name: string;
  /** The layer's name; absent when the dialog already has it (a new layer's first technology). */
  layer?: string;
  summary: string;
  facts: FactInput[];
}

const editor = (page: Page) => page.getByRole('region', { name: 'Edit the catalogue' });
const technologiesTable = (page: Page) =>
  editor(page).getByRole('table', { name: /^Every technology of your catalogue/ });

/** Opens the Catalogue view with the editor. */
async function openEditor(page: Page) {
  await page.goto('/?view=catalogue');
  await expect(editor(page)).toBeVisible();
}

/** Fills one fact group of the technology dialog. */
async function fillFact(group: Locator, fact: FactInput) {
  if (fact.fact) await group.getByLabel('Fact', { exact: true }).selectOption({ label: fact.fact });
  if (fact.from !== undefined) await group.getByLabel('From', { exact: true }).fill(fact.from);
  if (fact.to !== undefined) await group.getByLabel('To', { exact: true }).fill(fact.to);
  if (fact.value !== undefined) await group.getByLabel('Value', { exact: true }).fill(fact.value);
  if (fact.unit) await group.getByLabel('Unit', { exact: true }).selectOption(fact.unit);
  await group.getByLabel('Source (URL, benchmark, team estimate)').fill(fact.source);
}

/** Fills and saves the open "Add a technology" dialog. */
async function fillTechnology(page: Page, tech: TechnologyInput) {
  const dialog = page.getByRole('dialog', { name: 'Add a technology' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill(tech.name);
  if (tech.layer)
    await dialog.getByLabel('Layer', { exact: true }).selectOption({ label: tech.layer });
  await dialog.getByLabel('Summary (English)').fill(tech.summary);
  for (const [i, fact] of tech.facts.entries()) {
    if (i > 0) await dialog.getByRole('button', { name: 'Add fact' }).click();
    await fillFact(dialog.getByRole('group', { name: new RegExp(`^Fact ${i + 1}: `) }), fact);
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** "Add technology" in the editor's toolbar, then the dialog. */
async function addTechnology(page: Page, tech: TechnologyInput) {
  await editor(page).getByRole('button', { name: 'Add technology' }).click();
  await fillTechnology(page, tech);
}

const podman: TechnologyInput = {
  name: 'Podman',
  layer: 'Runtime',
  summary: 'A daemonless OCI container engine with a Docker-compatible CLI.',
  facts: [
    { fact: 'Start time', from: '100', to: '300', unit: 'ms', source: 'team estimate' },
    { fact: 'Memory footprint', from: '15', to: '400', unit: 'MB', source: 'team benchmark' },
    { fact: 'Image size', from: '10', to: '500', unit: 'MB', source: 'same OCI images' },
    { fact: 'Pod density', value: '300', unit: 'pods/node', source: 'team estimate' },
  ],
};

/** A gateway technology: its memory and start time, entered with a source. */
const gateway = (name: string, memory: string): TechnologyInput => ({
  name,
  summary: `${name} API gateway (named in 17.4.3).`,
  facts: [
    { fact: 'Start time', from: '200', to: '800', unit: 'ms', source: 'team estimate' },
    { fact: 'Memory footprint', from: memory, to: '200', unit: 'MB', source: 'vendor docs' },
  ],
});

/** The number of stacks the ranking says it ranks ("Showing 50 of 240 stacks"). */
async function stackCount(page: Page): Promise<number> {
  const status = page.getByRole('region', { name: 'Ranked stacks' }).getByRole('status').first();
  await expect(status).toContainText(/ of [\d,]+ stacks/);
  const text = (await status.textContent()) ?? '';
  return Number(/ of ([\d,]+) stacks/.exec(text)![1]!.replace(/,/g, ''));
}

const view = (page: Page, name: 'Decision' | 'Catalogue') =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

test('Podman added as a runtime appears in the catalogue table, the ranking, the stack details and the radar', async ({
  page,
}) => {
  await openEditor(page);
  await expect(editor(page).getByText('The seed catalogue', { exact: true })).toBeVisible();
  await addTechnology(page, podman);

  const row = technologiesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Podman', exact: true }) });
  await expect(row.getByRole('cell')).toHaveText(['Runtime', '4', /^Entered: /, /Edit/]);
  await expect(editor(page).getByText('Your catalogue: 1 technology added')).toBeVisible();

  await view(page, 'Decision');
  // 96 more valid stacks: Podman with every valid pair of the other layers (17.3.1's rules).
  expect(await stackCount(page)).toBe(336);
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await ranking
    .getByRole('group', { name: 'Filter by technology' })
    .getByLabel('Runtime', { exact: true })
    .selectOption({ label: 'Podman' });
  const first = ranking.locator('tbody tr[data-stack-id]').first();
  await expect(first).toContainText('Podman');
  const [id] = await rankedIds(page, 1);
  expect(id).toContain('+podman+');

  const details = first.getByRole('button', { name: /^Details for .*Podman/ });
  const name = ((await details.getAttribute('aria-label')) ?? '').replace(/^Details for /, '');
  await details.click();
  const dialog = page.getByRole('dialog', { name: new RegExp(name.replace(/[+]/g, '\\+')) });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('100–300 ms').first()).toBeVisible();
  await expect(dialog.getByRole('note', { name: /^Entered by the user/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await first.getByRole('checkbox', { name: `Compare ${name}` }).check();
  await expect(page.getByRole('region', { name: 'Compare stacks' })).toContainText('Podman');
});

test('a gateway layer with Kong and Traefik doubles the stacks; a weight slider still re-ranks', async ({
  page,
}) => {
  await page.goto('/');
  const before = await stackCount(page);
  expect(before).toBe(240);

  await view(page, 'Catalogue');
  await editor(page).getByRole('button', { name: 'Add layer' }).click();
  const layer = page.getByRole('dialog', { name: 'Add a layer' });
  await layer.getByLabel('Name (English)').fill('Gateway');
  await layer.getByLabel('Name (Chinese)').fill('网关');
  await layer
    .getByLabel('Source (URL, benchmark, team estimate)')
    .fill('17.4.3 names Kong and Traefik');
  await layer.getByRole('button', { name: 'Next: its first technology' }).click();
  await fillTechnology(page, gateway('Kong', '50'));
  await expect(editor(page).getByRole('button', { name: 'Undo: add layer Gateway' })).toBeEnabled();
  await addTechnology(page, { ...gateway('Traefik', '30'), layer: 'Gateway' });
  await expect(
    editor(page).getByText('Your catalogue: 2 technologies added, 1 layer added'),
  ).toBeVisible();

  await view(page, 'Decision');
  expect(await stackCount(page)).toBe(2 * before);
  const top = await rankedIds(page, 10);
  expect(top.every((id) => /\+(kong|traefik)$/.test(id))).toBe(true);
  await setWeight(page, 'Resource', 0);
  await expect(page.getByRole('slider', { name: 'Resource', exact: true })).toHaveValue('0');
  await expect.poll(() => rankedIds(page, 10)).not.toEqual(top);
  expect(await stackCount(page)).toBe(2 * before);
});

test('reload keeps the edits; undo and redo by button and keyboard; reset to the seed', async ({
  page,
}) => {
  await openEditor(page);
  await addTechnology(page, podman);
  // Saved locally (sdm.catalogue) a moment after the edit.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sdm.catalogue') ?? ''))
    .toContain('podman');
  await page.reload();
  await expect(
    technologiesTable(page).getByRole('rowheader', { name: 'Podman', exact: true }),
  ).toBeVisible();
  await expect(editor(page).getByText('Your catalogue: 1 technology added')).toBeVisible();

  // A reload starts a fresh history: add a second one to undo.
  await editor(page).getByRole('button', { name: 'Duplicate Podman' }).click();
  const copy = technologiesTable(page).getByRole('rowheader', { name: 'Podman (copy)' });
  await expect(copy).toBeVisible();
  const undo = editor(page).getByRole('button', { name: 'Undo: add technology Podman (copy)' });
  await undo.click();
  await expect(copy).toBeHidden();
  await editor(page).getByRole('button', { name: 'Redo: add technology Podman (copy)' }).click();
  await expect(copy).toBeVisible();

  await editor(page).getByRole('button', { name: 'Add rule' }).focus();
  await page.keyboard.press('Control+z');
  await expect(copy).toBeHidden();
  await page.keyboard.press('Control+Shift+z');
  await expect(copy).toBeVisible();

  await editor(page).getByRole('button', { name: 'Reset to the seed catalogue' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset to the seed catalogue?' });
  await expect(confirm).toContainText('2 technologies added');
  await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(editor(page).getByText('The seed catalogue', { exact: true })).toBeVisible();
  await expect(
    technologiesTable(page).getByRole('rowheader', { name: 'Podman', exact: true }),
  ).toBeHidden();
  await editor(page).getByRole('button', { name: 'Undo: reset to the seed catalogue' }).click();
  await expect(
    technologiesTable(page).getByRole('rowheader', { name: 'Podman', exact: true }),
  ).toBeVisible();
});

test('delete asks first and names the rules that go; the dialog and page pass axe', async ({
  page,
}) => {
  // Three axe runs over the whole catalogue page.
  test.setTimeout(120_000);
  await openEditor(page);
  expect(await seriousViolations(page)).toEqual([]);
  await editor(page).getByRole('button', { name: 'Delete WasmEdge' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete WasmEdge?' });
  await expect(confirm).toContainText(
    'rules that name it: wasmedge-needs-crun, wasm-images-need-conversion',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(technologiesTable(page).getByRole('rowheader', { name: 'WasmEdge' })).toBeHidden();

  await editor(page).getByRole('button', { name: 'Add technology' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a technology' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('in Chinese the editor’s buttons carry their zh names', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: '中文' }).click();
  const zh = page.getByRole('region', { name: '编辑技术目录' });
  for (const name of [
    '添加技术',
    '添加层',
    '添加维度',
    '添加规则',
    '重置为种子目录',
    '编辑 K3s',
    '复制 K3s',
    '删除 K3s',
  ]) {
    await expect(zh.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(zh.getByRole('button', { name: '撤销（没有可撤销的编辑）' })).toBeDisabled();
  await expect(zh.getByText('种子目录', { exact: true })).toBeVisible();

  await zh.getByRole('button', { name: '添加技术' }).click();
  const dialog = page.getByRole('dialog', { name: '添加技术' });
  await dialog.getByLabel('名称', { exact: true }).fill('Podman');
  await dialog.getByLabel('层', { exact: true }).selectOption({ label: '运行时' });
  await dialog.getByLabel('简介（中文）').fill('无守护进程的容器引擎。');
  const fact = dialog.getByRole('group', { name: '事实 1：启动时间' });
  await fact.getByLabel('从', { exact: true }).fill('100');
  await fact.getByLabel('到', { exact: true }).fill('300');
  await fact.getByLabel('来源（URL、基准测试、团队估计）').fill('团队估计');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(zh.getByRole('button', { name: '撤销：添加技术 Podman' })).toBeEnabled();
  await expect(zh.getByRole('button', { name: '编辑 Podman' })).toBeVisible();
  await expect(zh.getByText('你的目录：新增 1 项技术')).toBeVisible();
});
