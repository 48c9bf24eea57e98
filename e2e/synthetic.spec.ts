import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

// Synthetic catalogues, cheaply: ?synthetic=3x4 (81 stacks) from a link and from the Catalogue
// view's form. The 10⁶-stack figures are the browser benchmark's (bench/browser).

const KEY = 'sdm.catalogue';
const stored = (page: import('@playwright/test').Page) =>
  page.evaluate((k) => localStorage.getItem(k), KEY);

test('?synthetic=3x4 opens 81 stacks and keeps the saved catalogue; a malformed size says so', async ({
  page,
}) => {
  // The user's own catalogue, saved in this browser: the seed's with a copy of K3s.
  await page.goto('/?view=catalogue');
  await page.getByRole('button', { name: 'Duplicate K3s' }).click();
  await expect.poll(() => stored(page)).toContain('k3s-copy');
  const saved = await stored(page);

  await page.goto('/?synthetic=3x4&inv=1');
  const notices = page.locator('.notices');
  await expect(notices).toHaveText(
    /This link opens a synthetic catalogue: 3 options in each of 4 layers, 81 stacks, facts drawn from seed 17\. Your saved catalogue is unchanged unless you edit this one\./,
  );
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.getByRole('status')).toContainText('of 81 stacks');
  await expect(ranking.locator('tbody tr[data-stack-id]').first()).toContainText('Orchestration');
  // Not saved: a link's catalogue becomes the user's only once they edit it.
  await page.waitForTimeout(700);
  expect(await stored(page)).toBe(saved);

  for (const [url, words] of [
    [
      '/?synthetic=10x99',
      'The synthetic catalogue in this link could not be made (“10x99”: layers must be 1 to 8): your own catalogue is shown instead.',
    ],
    [
      '/?synthetic=1000x6&lang=zh',
      '无法生成此链接中的合成目录（“1000x6”：每层选项数须为 1 到 100）：已改用你的目录。',
    ],
  ] as const) {
    await page.goto(url);
    await expect(notices).toContainText(words);
    // The parameter is the catalogue's, not an unknown part of the link.
    await expect(notices).not.toContainText(/ignored|已忽略/);
    await expect(page.getByRole('region', { name: /^(Ranked stacks|技术栈排名)$/ })).toContainText(
      'K3s',
    );
  }
  expect(await stored(page)).toBe(saved);
});

test('the Catalogue view generates 3 × 4 as an undoable edit; the panel is axe clean', async ({
  page,
}) => {
  await page.goto('/?view=catalogue&lang=zh');
  const panel = page.getByRole('region', { name: '合成目录' });
  await panel.getByRole('textbox', { name: '每层选项数' }).fill('3');
  await panel.getByRole('textbox', { name: '层数' }).fill('4');
  await expect(panel.getByRole('status').first()).toHaveText('81 个技术栈');
  await expect(panel.getByRole('link', { name: '以链接打开' })).toHaveAttribute(
    'href',
    '/?synthetic=3x4',
  );
  await panel.getByRole('button', { name: '生成' }).click();
  await expect(panel).toContainText('当前目录为合成目录 3x4。');
  await expect(page.getByRole('button', { name: '撤销：生成合成目录 3x4' })).toBeVisible();
  await expect(page.getByText('编排层的合成技术 3（随机种子 17）。').first()).toBeVisible();

  for (const theme of ['light', 'dark']) {
    await page.goto(`/?view=catalogue&theme=${theme}`);
    const en = page.getByRole('region', { name: 'Synthetic catalogue' });
    await en.getByRole('textbox', { name: 'Layers' }).fill('8');
    await expect(en).toContainText('Too many stacks: a catalogue may make at most 2,000,000.');
    await expect(en.getByRole('button', { name: 'Generate' })).toBeDisabled();
    expect(
      await seriousViolations(page, ['section[aria-labelledby="catalogue-synthetic"]']),
    ).toEqual([]);
  }
});
