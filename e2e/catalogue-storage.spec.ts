import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';

const KEY = 'sdm.catalogue';
const ASIDE = 'sdm.catalogue.aside.';

/** Every localStorage entry whose key starts with the prefix, as [key, value]. */
const entries = (page: import('@playwright/test').Page, prefix: string) =>
  page.evaluate(
    (p) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(p))
        .map((k) => [k, localStorage.getItem(k)]),
    prefix,
  );

test('a corrupted stored catalogue: a notice, the seed catalogue, the corrupted copy kept', async ({
  page,
}) => {
  const corrupt = '{"format":"stack-decision-matrix/catalogue","version":1,"catalogue":{"layers":[';
  await page.addInitScript(
    ([key, value]) => {
      // Only on the first load: the test reloads to check nothing was overwritten.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, corrupt],
  );
  await page.goto('/?view=catalogue');
  const notice = page.locator('.notices');
  await expect(notice).toContainText(
    'The catalogue saved in this browser could not be read and was kept aside (sdm.catalogue.aside.',
  );
  await expect(notice).toContainText('The seed catalogue is used.');
  // The seed catalogue: its 17 technologies, and "The seed catalogue" in the editor.
  await expect(page.getByRole('region', { name: 'Edit the catalogue' })).toContainText(
    'The seed catalogue',
  );
  const aside = await entries(page, ASIDE);
  expect(aside).toHaveLength(1);
  expect(aside[0]![1]).toBe(corrupt);
  // The notice offers the kept copy as a file.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the kept copy' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(corrupt);
  // The damaged value itself stays where it was until the user saves an edit.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(corrupt);

  // A reload reuses the same aside copy instead of making another.
  await page.reload();
  await expect(page.locator('.notices')).toContainText('could not be read');
  expect(await entries(page, ASIDE)).toEqual(aside);
});

test('a catalogue saved by a newer version is never overwritten by this one', async ({ page }) => {
  const newer = JSON.stringify({
    format: 'stack-decision-matrix/catalogue',
    version: 99,
    savedAt: '2027-01-01T00:00:00.000Z',
    catalogue: { somethingNew: true },
  });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
  await page.goto('/?view=catalogue');
  const notices = page.locator('.notices');
  await expect(notices).toContainText('written by a newer version of the app');
  // An edit in this tab (a duplicate of K3s) stays in memory and says so.
  await page.getByRole('button', { name: 'Duplicate K3s' }).click();
  await expect(notices).toContainText(
    'The catalogue saved in this browser is in a newer format, so it is not overwritten',
  );
  // The notice offers the export that keeps the edits.
  const download = page.waitForEvent('download');
  await notices.getByRole('button', { name: 'Export catalogue (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.catalogue.technologies.map((t: { id: string }) => t.id)).toContain('k3s-copy');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});
