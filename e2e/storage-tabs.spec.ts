import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { seriousViolations, storedPreset } from './helpers';

// Issue 12: presets are never lost across tabs and versions. Pages of one context share the
// origin's localStorage, as tabs do.

const KEY = 'sdm.presets';
const BACKUP_PREFIX = 'sdm.presets.corrupt.';

const raw = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedNames = async (page: Page) =>
  (JSON.parse((await raw(page))!).presets as { name: string }[]).map((p) => p.name);
const backups = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => [k, localStorage.getItem(k)]),
    BACKUP_PREFIX,
  );

async function openPresets(page: Page) {
  await page.getByRole('button', { name: /^(Presets|预设)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Presets|预设)$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function savePreset(page: Page, name: string) {
  const dialog = await openPresets(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  return dialog;
}

const savedNames = (page: Page) =>
  page.getByRole('region', { name: 'Your presets' }).locator('.preset-name-text').allTextContents();

/** Downloads through a button and returns the file's text. */
async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const file = page.waitForEvent('download');
  await button.click();
  return readFile(await (await file).path(), 'utf8');
}

test('two tabs: presets of the other tab are kept; a newer format is never overwritten', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, JSON.stringify({ v: 1, presets: [storedPreset('p1', 'Old one', 5)] })],
  );
  await page.reload();
  const tabB = await context.newPage();
  await tabB.goto('/');

  // Both tabs loaded v1 ["Old one"]. B saves, then A saves: A's write builds on B's.
  await savePreset(tabB, 'From B');
  let dialog = await savePreset(page, 'From A');
  await expect(dialog.getByRole('status')).toHaveText('Saved “From A”.');
  expect(await storedNames(page)).toEqual(['Old one', 'From B', 'From A']);
  expect(await savedNames(page)).toEqual(['Old one', 'From B', 'From A']);
  await page.keyboard.press('Escape');

  // Tab B, a newer deployment, writes format v2 (with a preset this version cannot read).
  const v2 = JSON.stringify({
    v: 2,
    presets: [
      storedPreset('p1', 'Old one', 5),
      { ...storedPreset('p9', 'Only in v2', 5), colour: 'teal' },
      { id: 'v2-shape', title: 'New shape' },
    ],
  });
  await tabB.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, v2]);

  dialog = await savePreset(page, 'After v2');
  await expect(dialog.getByRole('status')).toHaveText(
    'Saved “After v2”. This change lasts for this session only: your saved presets are in a newer format (another tab).',
  );
  await expect(dialog.getByText('This session only', { exact: true })).toBeVisible();
  expect(await raw(page)).toBe(v2);
  expect(await backups(page)).toEqual([]);
  expect(await savedNames(page)).toEqual(['Old one', 'From B', 'From A', 'After v2']);
  // The export keeps this session's presets.
  const exported = JSON.parse(
    await download(page, dialog.getByRole('button', { name: 'Export presets (JSON)' })),
  );
  expect(exported.v).toBe(1);
  expect(exported.presets.map((p: { name: string }) => p.name)).toEqual([
    'Old one',
    'From B',
    'From A',
    'After v2',
  ]);
  await page.keyboard.press('Escape');
  const notices = page.locator('.notices');
  await expect(notices).toContainText(
    'Your saved presets are now in a newer format (v2), written by a newer version of this app in another tab. They are left untouched.',
  );
  await page.getByRole('button', { name: '中文' }).click();
  await expect(notices).toContainText('已保存的预设现为更新的格式（v2）');
  await expect(notices).toContainText('如需保留，请在“预设”对话框中使用“导出预设（JSON）”。');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  // Later changes stay in this session too, and storage still holds v2.
  dialog = await openPresets(page);
  await dialog.getByRole('button', { name: 'Delete From B' }).click();
  await dialog.getByRole('button', { name: 'Delete preset' }).click();
  await expect(dialog.getByRole('status')).toContainText('lasts for this session only');
  expect(await raw(page)).toBe(v2);
  await page.keyboard.press('Escape');

  await tabB.close();
});

test('two tabs: a damaged value another tab left is backed up and never overwritten', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, JSON.stringify({ v: 1, presets: [storedPreset('p1', 'Old one', 5)] })],
  );
  await page.reload();
  const tabB = await context.newPage();
  await tabB.goto('/');
  const damaged = '{"v":1,"presets":[{"id":"p1","name":"Old one"},';
  await tabB.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, damaged]);
  await tabB.close();
  const dialog = await savePreset(page, 'From A');
  await expect(dialog.getByRole('status')).toHaveText(
    'Saved “From A”. This change lasts for this session only: the stored presets cannot be read here (see the notice).',
  );
  expect(await raw(page)).toBe(damaged);
  const kept = await backups(page);
  expect(kept).toHaveLength(1);
  expect(kept[0]![1]).toBe(damaged);
  expect(await savedNames(page)).toEqual(['Old one', 'From A']);
  const exported = JSON.parse(
    await download(page, dialog.getByRole('button', { name: 'Export presets (JSON)' })),
  );
  expect(exported.presets.map((p: { name: string }) => p.name)).toEqual(['Old one', 'From A']);
  await page.keyboard.press('Escape');
  const notices = page.locator('.notices');
  await expect(notices).toContainText(
    `The saved presets now hold data this version cannot read. It is left untouched; a copy is kept in this browser under “${kept[0]![0]}”.`,
  );
  expect(
    await download(page, notices.getByRole('button', { name: 'Download the kept copy' })),
  ).toBe(damaged);
  // A second refused save reuses the same copy.
  await savePreset(page, 'Again');
  expect(await backups(page)).toEqual(kept);
  expect(await raw(page)).toBe(damaged);
});

test('a 2 MB preset name is cleaned on load after a backup; a long list is capped and windowed', async ({
  page,
}) => {
  const huge = { ...storedPreset('big', `${'N'.repeat(2 * 1024 * 1024)}`, 5) };
  const many = Array.from({ length: 600 }, (_, i) => storedPreset(`p${i}`, `Preset ${i}`, 5));
  const value = JSON.stringify({ v: 1, presets: [huge, ...many] });
  await page.addInitScript(
    ([key, v]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, v!);
    },
    [KEY, value],
  );
  await page.goto('/');
  await expect(page.locator('.notices')).toContainText(
    '1 preset was cleaned (an overlong name, hidden characters or oversized data). The original data is kept in this browser under “sdm.presets.corrupt.',
  );
  const kept = await backups(page);
  expect(kept).toHaveLength(1);
  expect(kept[0]![1]).toBe(value);
  const names = await storedNames(page);
  expect(names).toHaveLength(601);
  expect(names[0]).toBe('N'.repeat(60));

  const dialog = await openPresets(page);
  await expect(dialog.getByText('601 presets', { exact: true })).toBeVisible();
  await expect(
    dialog.getByText(
      '601 saved presets: more than the 500 that can be kept. They stay usable; delete some to save new ones.',
    ),
  ).toBeVisible();
  const list = dialog.getByRole('list', { name: 'Your presets' });
  const rows = list.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(40);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '601');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  // The last preset is reachable: scroll the list's box to its end.
  await dialog.locator('.preset-window').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = dialog.getByRole('button', { name: 'Apply Preset 599' });
  await expect(last).toBeVisible();
  await expect(rows.last()).toHaveAttribute('aria-posinset', '601');
  // A rename keeps its row while the list scrolls away and back.
  await dialog.getByRole('button', { name: 'Rename Preset 599' }).click();
  const field = dialog.getByRole('textbox', { name: 'New name for Preset 599' });
  await field.fill('Renamed last');
  await dialog.locator('.preset-window').evaluate((el) => (el.scrollTop = 0));
  await expect(field).toHaveValue('Renamed last');
  await field.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Renamed to “Renamed last”.');
  // Another tab deletes "Preset 0" while it is shown here: deleting it here says so.
  await page.evaluate((key) => {
    const value = JSON.parse(localStorage.getItem(key)!);
    value.presets = value.presets.filter((p: { id: string }) => p.id !== 'p0');
    localStorage.setItem(key, JSON.stringify(value));
  }, KEY);
  await dialog.locator('.preset-window').evaluate((el) => (el.scrollTop = 0));
  await dialog.getByRole('button', { name: 'Delete Preset 0' }).click();
  await dialog.getByRole('button', { name: 'Delete preset', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '“Preset 0” was already deleted in another tab.',
  );
  await expect(dialog.getByText('600 presets', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply Preset 0' })).toHaveCount(0);
  // Saving beyond the cap is refused; nothing is written.
  const before = await raw(page);
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('One more');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Not saved: at most 500 presets can be kept. Delete some first.',
  );
  expect(await raw(page)).toBe(before);
  expect(await seriousViolations(page)).toEqual([]);
});

test('two tabs: a catalogue a newer version stored meanwhile is not overwritten; the edits can be exported', async ({
  page,
  context,
}) => {
  const CATALOGUE = 'sdm.catalogue';
  await page.goto('/?view=catalogue');
  await page.getByRole('button', { name: 'Duplicate K3s' }).click();
  await expect.poll(async () => JSON.parse((await raw(page, CATALOGUE)) ?? '{}').version).toBe(1);
  const newer = JSON.stringify({
    format: 'stack-decision-matrix/catalogue',
    version: 99,
    savedAt: '2027-01-01T00:00:00.000Z',
    catalogue: { somethingNew: true },
  });
  const tabB = await context.newPage();
  await tabB.goto('/');
  await tabB.evaluate(([key, value]) => localStorage.setItem(key!, value!), [CATALOGUE, newer]);

  await page.getByRole('button', { name: 'Duplicate K3s' }).first().click();
  const notices = page.locator('.notices');
  await expect(notices).toContainText(
    'Another tab saved a catalogue in a newer format. It is not overwritten: your edits here stay in memory; export the catalogue to keep them.',
  );
  const file = JSON.parse(
    await download(page, notices.getByRole('button', { name: 'Export catalogue (JSON)' })),
  );
  const ids = file.catalogue.technologies.map((t: { id: string }) => t.id);
  expect(ids.filter((id: string) => id.startsWith('k3s-copy'))).toHaveLength(2);
  expect(await raw(page, CATALOGUE)).toBe(newer);
  await tabB.close();
});
