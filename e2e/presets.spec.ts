import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario, seriousViolations, setWeight, storedPreset } from './helpers';

const KEY = 'sdm.presets';
const EDGE_1 = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const LARGE_1 = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';

/** Puts a raw value under the presets key before the app's scripts run (first load only). */
async function seedStorage(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [KEY, raw],
  );
}

/** Opens the presets dialog from the header. */
async function openPresets(page: Page) {
  await page.getByRole('button', { name: /^(Presets|预设)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Presets|预设)$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

const savedList = (page: Page) => page.getByRole('region', { name: 'Your presets' });

test('saves, renames, survives a reload and applies the weights', async ({ page }) => {
  await page.goto('/');
  await setWeight(page, 'Cost', 5);
  let dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('  My edge  ');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved “My edge”.');

  await dialog.getByRole('button', { name: 'Rename My edge' }).click();
  const nameField = dialog.getByRole('textbox', { name: 'New name for My edge' });
  await expect(nameField).toBeFocused();
  await nameField.fill('Cheap edge');
  await nameField.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Renamed to “Cheap edge”.');
  await expect(dialog.getByRole('button', { name: 'Rename Cheap edge' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Presets', exact: true })).toBeFocused();

  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(stored.v).toBe(1);
  expect(stored.presets.map((p: { name: string }) => p.name)).toEqual(['Cheap edge']);
  expect(stored.presets[0].weights.cost).toBe(5);

  await applyScenario(page, 'Large-scale production');
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveValue('2');
  dialog = await openPresets(page);
  await expect(savedList(page).getByText('Cheap edge', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply Cheap edge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveValue('5');
  await expect(page.getByRole('slider', { name: 'Scale', exact: true })).toHaveValue('2');
});

test('deletes only after confirmation; Esc in an inline editor keeps the dialog open', async ({
  page,
}) => {
  await seedStorage(page, JSON.stringify({ v: 1, presets: [storedPreset('p1', 'Keep me')] }));
  await page.goto('/');
  const dialog = await openPresets(page);
  await dialog.getByRole('button', { name: 'Rename Keep me' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Rename Keep me' })).toBeFocused();

  await dialog.getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(dialog.getByText('Delete “Keep me”?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(savedList(page).getByRole('listitem')).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Delete Keep me' }).click();
  await dialog.getByRole('button', { name: 'Delete preset' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Deleted “Keep me”.');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"v":1,"presets":[]}');
});

test('a hostile name is trimmed, capped and shown as text', async ({ page }) => {
  await page.goto('/');
  const dialog = await openPresets(page);
  const hostile = `<img src=x onerror="document.title='pwned'">${'x'.repeat(40)}`;
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill(hostile);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const shown = hostile.slice(0, 60);
  await expect(savedList(page).getByText(shown, { exact: true })).toBeVisible();
  await expect(dialog.locator('img')).toHaveCount(0);
  await expect(page).toHaveTitle('Stack Decision Matrix');
});

test('corrupted storage: notice, valid entries kept, the original backed up', async ({ page }) => {
  const raw = JSON.stringify({
    v: 1,
    presets: [storedPreset('p1', 'Survivor', 4), { id: 'p2', name: 42 }, 'junk'],
  });
  await seedStorage(page, raw);
  await page.goto('/');
  await expect(
    page.getByText(/^Recovered 1 saved preset; 2 damaged entries were ignored\./),
  ).toBeVisible();
  const dialog = await openPresets(page);
  await expect(savedList(page).getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Apply Survivor' }).click();
  await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveValue('4');

  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  const backup = keys.find((k) => k.startsWith('sdm.presets.corrupt.'))!;
  expect(await page.evaluate((k) => localStorage.getItem(k), backup)).toBe(raw);
  const cleaned = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(cleaned.presets.map((p: { id: string }) => p.id)).toEqual(['p1']);
});

test('unreadable JSON: notice in Chinese too, left untouched, nothing lost', async ({ page }) => {
  await seedStorage(page, '{"v":1,"presets":[{"id":');
  await page.goto('/');
  await expect(page.getByText(/^The saved presets could not be read/)).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(
    page.getByText(
      /^无法读取已保存的预设：存储的数据已损坏，或为此版本无法识别的格式。它保持原样；/,
    ),
  ).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
    '{"v":1,"presets":[{"id":',
  );
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('sdm.presets.corrupt.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"v":1,"presets":[{"id":']);
  // The way out: a new list from this session's presets; the damaged text stays in its copy.
  const dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: '预设名称' }).fill('会话');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog.getByRole('button', { name: '在此开始新的预设列表' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '在此开始新的预设列表' }).click();
  await expect(dialog.getByRole('status')).toContainText('已开始新的预设列表');
  await expect(dialog.getByRole('button', { name: '在此开始新的预设列表' })).toHaveCount(0);
  const after = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('sdm.presets'))
        .map((k) => [k.startsWith('sdm.presets.corrupt.') ? 'copy' : k, localStorage.getItem(k)]),
    ),
  );
  expect(after.copy).toBe('{"v":1,"presets":[{"id":');
  const saved = JSON.parse(after[KEY]!) as { v: number; presets: { name: string }[] };
  expect([saved.v, saved.presets.map((p) => p.name)]).toEqual([1, ['会话']]);
});

test('a newer storage format is read-only: shown, never overwritten', async ({ page }) => {
  const raw = JSON.stringify({ v: 2, presets: [storedPreset('p1', 'From the future')] });
  await seedStorage(page, raw);
  await page.goto('/');
  await expect(page.getByText(/newer version of this app \(format v2\)/)).toBeVisible();
  const dialog = await openPresets(page);
  await expect(savedList(page).getByText('From the future')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Today');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('lasts for this session only');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
});

test('a full storage quota: notice, the new preset kept for the session, old value intact', async ({
  page,
}) => {
  const before = JSON.stringify({ v: 1, presets: [storedPreset('p1', 'Old one')] });
  await seedStorage(page, before);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  const dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('New one');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Saved “New one”. This change lasts for this session only: the browser’s storage is full.',
  );
  await expect(savedList(page).getByText('This session only')).toBeVisible();
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close presets' }).click();
  await expect(page.getByText(/^The browser’s storage is full/)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test('blocked storage (SecurityError): notice, presets still work for the session', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText(/^Saved presets are unavailable/)).toBeVisible();
  const dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Session');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedList(page).getByText('Session', { exact: true })).toBeVisible();
});

test('compare edge vs large-scale: the #1s swap, weights and requirements differ', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await openPresets(page);
  await dialog
    .getByRole('combobox', { name: 'Preset A' })
    .selectOption({ label: 'Edge computing' });
  await dialog
    .getByRole('combobox', { name: 'Preset B' })
    .selectOption({ label: 'Large-scale production' });

  const top = dialog.getByRole('table', { name: 'Top 10, A → B' });
  const first = top.locator('tbody tr').first();
  await expect(first).toHaveAttribute('data-stack-id', LARGE_1);
  await expect(first.getByRole('cell')).toHaveText(['#1', '#153', 'new']);
  const edgeFirst = top.locator(`tr[data-stack-id="${EDGE_1}"]`);
  await expect(edgeFirst.getByRole('cell')).toHaveText(['#181', '#1', 'out']);
  await expect(top.locator('tbody tr')).toHaveCount(20);

  const weights = dialog.getByRole('table', { name: 'Weights, A → B' });
  await expect(weights.getByRole('row', { name: /^Scale/ }).getByRole('cell')).toHaveText([
    '2',
    '3',
    '+1',
    '14.3%',
    '21.4%',
    '+7.1',
  ]);
  const settings = dialog.getByRole('table', { name: 'Requirements and method that differ' });
  await expect(settings.getByRole('row', { name: /^Nodes/ }).getByRole('cell')).toHaveText([
    '1',
    '1,001',
  ]);

  await dialog.getByRole('button', { name: 'Swap A and B' }).click();
  await expect(top.locator('tbody tr').first()).toHaveAttribute('data-stack-id', EDGE_1);
});

test('the open dialog has no serious axe violations, light and dark', async ({ page }) => {
  await seedStorage(page, JSON.stringify({ v: 1, presets: [storedPreset('p1', 'Mine')] }));
  await page.goto('/');
  const dialog = await openPresets(page);
  await dialog.getByRole('button', { name: 'Delete Mine' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('switch', { name: /Dark|深色/ }).click();
  await openPresets(page);
  expect(await seriousViolations(page)).toEqual([]);
});
