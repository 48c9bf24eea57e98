import type { Page, Response } from '@playwright/test';

import { expect, test } from './fixtures';

// Issue 12: the built app is served with a strict Content-Security-Policy (scripts/security-
// headers.ts) and nothing it does — any view, diagram, export or the presenter, in both
// languages and themes — is blocked by it.

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** Violations reported in the page since the last call (recorded by an init script). */
async function takeViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => {
    const w = window as unknown as { cspViolations?: Violation[] };
    return (w.cspViolations ?? []).splice(0);
  });
}

/** Chooses an item of the Export menu and waits for its download, unless it prints. */
async function exportItem(page: Page, item: RegExp) {
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: item }).click();
  return download;
}

/** Clicks a figure's SVG or PNG button in a region and waits for the file. */
async function exportFigure(page: Page, region: RegExp, kind: 'SVG' | 'PNG') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: region })
      .getByRole('button', { name: new RegExp(`(download as|下载) ${kind}$`) })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind.toLowerCase()}$`));
}

test('the built app is served with the strict policy as headers and as a meta tag', async ({
  page,
}) => {
  const response = (await page.goto('/'))!;
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // The meta tag: the same policy without frame-ancestors, which a meta policy cannot carry.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    POLICY,
  );
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  // A static host gets the same headers from the generated _headers file.
  const file = await page.request.get('/_headers');
  expect(await file.text()).toContain(
    `  Content-Security-Policy: ${POLICY}; frame-ancestors 'none'\n`,
  );
  // A worker takes its policy from its own script's headers: a catalogue large enough for the
  // scoring worker (10⁵ stacks) starts one, and its script is served with the same policy.
  const [worker] = await Promise.all([page.waitForEvent('worker'), page.goto('/?synthetic=10x5')]);
  const script = await page.request.get(worker.url());
  expect(script.headers()['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  await expect(page.getByRole('region', { name: 'Ranked stacks' })).toBeVisible();
});

test('every view, diagram, export and the presenter run without a CSP violation, in both languages and themes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: unknown[]; print: () => void };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      }),
    );
    // The print dialog would block a headless run; print media is emulated below instead.
    w.print = () => undefined;
  });
  // Scripts (workers included) carry their policy in their own response headers.
  const scripts: Response[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r));

  const violations: Record<string, Violation[]> = {};
  const check = async (where: string) => {
    const found = await takeViolations(page);
    if (found.length > 0) violations[where] = found;
  };

  for (const [lang, theme] of [
    ['en', 'light'],
    ['zh', 'dark'],
  ] as const) {
    const en = lang === 'en';
    await page.goto(`/?lang=${lang}&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const views = page.getByRole('navigation', { name: en ? 'Views' : '视图' });
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await check(`${lang} dashboard`);

    // Exports: the menu's files, the print stylesheet, and the radar as SVG and PNG.
    for (const item of en
      ? [/^Decision record/, /^Ranking \(CSV\)/, /^State \(JSON\)/]
      : [/^决策记录/, /^排名（CSV）/, /^状态（JSON）/])
      await exportItem(page, item);
    await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
    await page.getByRole('button', { name: /^(Print \/ PDF|打印 \/ PDF)/ }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: en ? 'Views' : '视图' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await exportFigure(page, /^(Compare stacks|技术栈对比)$/, 'SVG');
    await exportFigure(page, /^(Compare stacks|技术栈对比)$/, 'PNG');
    await check(`${lang} exports`);

    // The path view: its mermaid diagrams, one full screen, one exported both ways.
    await views.getByRole('button', { name: en ? 'Decision path' : '决策路径' }).click();
    await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
    const flow = /^(Decision flow \(17\.6\.2\)|决策流程（17\.6\.2）)$/;
    await exportFigure(page, flow, 'SVG');
    await exportFigure(page, flow, 'PNG');
    await page
      .getByRole('region', { name: flow })
      .getByRole('button', { name: en ? 'Full screen' : '全屏' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: en ? 'Decision flow (17.6.2)' : '决策流程（17.6.2）',
    });
    await expect(dialog.locator('.diagram-svg svg')).toBeVisible();
    await check(`${lang} full-screen diagram`);
    await dialog.getByRole('button', { name: en ? 'Close' : '关闭' }).click();
    await expect(dialog).toBeHidden();
    await check(`${lang} path`);

    // Each view by its tab, waiting for a region only that view has.
    for (const [tab, region] of [
      [/^(How sure\?|有多确定？)$/, /^(How stable is the #1\?|第 1 名有多稳？)$/],
      [/^(Catalogue|技术目录)$/, /^(Import and export|导入与导出)$/],
      [/^(Seed conformance|种子一致性)$/, /^(Seed conformance table|种子一致性对照表)$/],
      [/^(Decision|决策)$/, /^(Recommendation|推荐)$/],
    ] as const) {
      await views.getByRole('button', { name: tab }).click();
      await expect(page.getByRole('region', { name: region }).first()).toBeVisible();
      await check(`${lang} ${tab.source}`);
    }

    // The presenter, slide by slide.
    await page.getByRole('button', { name: en ? 'Present' : '演示', exact: true }).click();
    const presenter = page.getByRole('dialog', { name: en ? 'Presenter' : '演示模式' });
    await expect(presenter).toBeVisible();
    const next = presenter.getByRole('button', { name: en ? 'Next slide' : '下一页' });
    for (let slide = 1; slide < 7; slide++) {
      await next.click();
      await check(`${lang} presenter slide ${slide + 1}`);
    }
    await expect(next).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(presenter).toBeHidden();
    await check(`${lang} presenter`);
  }

  expect(violations).toEqual({});
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts[0]!.headers()['content-security-policy']).toContain("script-src 'self'");
});
