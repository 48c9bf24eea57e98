import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';

import type { Download, Locator, Page } from '@playwright/test';
import { marked } from 'marked';
import Papa from 'papaparse';

import { payloadsUpTo, withTextEverywhere } from '../src/catalogue/hostile-payloads';
import { expect, test } from './fixtures';

// Issue 12, hostile catalogues: a catalogue written by someone else, with script and
// injection payloads in every text a user controls, goes through import, every view, the
// presenter and every export. A tripwire (installed before the app's own scripts) records
// any payload that runs, any element or attribute that could run one, any CSP violation and
// any alert/confirm/prompt; all must stay empty, and the payloads must show as literal text.

/** The code a payload runs if it ever executes: it marks the tripwire with its tag. */
const run = (tag: string) => `top.__pwned.push('${tag}')`;

/** Technology names: at most 80 characters (NAME_MAX), one payload each. */
const IMG = `<img src=x onerror=${run('img')}>`;
const NAMES = [
  IMG,
  `<svg onload=${run('svg')}>`,
  `<script>${run('script')}</script>`,
  `javascript:${run('js')}`,
  `"><iframe srcdoc="<script>${run('frame')}</script>">`,
  `"]-->X[<img src=x onerror=${run('mmd')}>]`,
  `%%{init: {"securityLevel":"loose"}}%%`,
  `A\nclick A call ${run('click')}`,
  `[md](javascript:${run('md')})`,
  `=HYPERLINK("http://x.invalid","y")`,
  `+SUM(1+1)`,
  `-2+3 \u202Egnp.exe\u202C`,
  `@SUM(1) \u0007bell`,
  `\tTab\rCR`,
  `{{constructor.constructor('${run('tpl')}')()}}`,
  `</textarea><details open ontoggle=${run('toggle')}>`,
  'W'.repeat(80),
];
/** Longer texts: localized texts, quotes, notes, sources (a source may be 500 characters). */
const TEXTS = [
  ...NAMES,
  `<a href="javascript:${run('a')}">link</a> <b>bold</b>`,
  `<style>*{display:none!important}</style><math><mi xlink:href="javascript:${run('math')}">x</mi></math>`,
  `<svg><foreignObject><img src=x onerror=${run('fo')}></foreignObject></svg>`,
  `B["label"]\nB-->C\nclick B href "javascript:${run('href')}"\nstyle B fill:#f00`,
  `%%{init: {"securityLevel":"loose","startOnLoad":true}}%%\ngraph TD\nZ-->Y`,
  `\` ![x](javascript:${run('mdimg')}) <!-- comment --> | pipe | \\`,
  `${'\u200B\u200D\u2066'}invisible${'\u2069'} ${'x'.repeat(300)}`,
];

/** Every scenario's name: a mermaid label that tries to close its node and add a click. */
const SCENARIO = `S"]-->X[<img src=x onerror=${run('flow')}>]`;

/** The stacks the shown ranking rows name contain some of these literally. */
const NAME_OF = (i: number) => NAMES[i % NAMES.length]!;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Every text the catalogue holds cycles through these: ours, then the shared payload list. */
const POOL = [...TEXTS, ...payloadsUpTo(2000)];

/**
 * The app's own valid catalogue with a payload in every text a user controls (names,
 * summaries, notes, quotes, labels, wordings, sources: withTextEverywhere), the technology
 * names from NAMES, and a typed source on every technology and on the first fact of each.
 * Deterministic: the n-th text gets POOL[n mod length].
 */
function hostileCatalogue(seedFile: JsonObject): JsonObject {
  let n = 0;
  const catalogue = withTextEverywhere(seedFile.catalogue as JsonObject, ({ path }) => {
    const tech = /^technologies\[(\d+)\]\.name$/.exec(path);
    return tech ? NAME_OF(Number(tech[1])) : POOL[n++ % POOL.length]!;
  });
  for (const scenario of catalogue.scenarios as JsonObject[])
    scenario.name = { zh: `${SCENARIO} 中`, en: SCENARIO };
  (catalogue.technologies as JsonObject[]).forEach((tech, i) => {
    tech.entered = { source: TEXTS[(i + 3) % TEXTS.length]! };
    const facts = tech.facts as JsonObject;
    const first = Object.keys(facts)[0];
    if (first) {
      const fact = facts[first] as JsonObject;
      fact.source = 'user';
      delete fact.reading;
      fact.entered = { source: `javascript:${run(`src${i}`)}` };
    }
  });
  return { ...seedFile, catalogue };
}

/** The page's tripwire: installed in every frame before any of the app's scripts. */
async function installTripwire(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, string[]>;
    w.__pwned = [];
    w.__violations = [];
    w.__injected = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations!.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
    const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster'];
    const jsUrl = (value: string) =>
      // eslint-disable-next-line no-control-regex
      /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u0020]/g, ''));
    const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
    const checkAttribute = (el: Element, name: string) => {
      const value = el.getAttribute(name) ?? '';
      if (/^on/i.test(name)) w.__injected!.push(`${describe(el)} ${name}=${value.slice(0, 60)}`);
      else if (name === 'srcdoc') w.__injected!.push(`${describe(el)} srcdoc`);
      else if (URL_ATTRIBUTES.includes(name.toLowerCase()) && jsUrl(value))
        w.__injected!.push(`${describe(el)} ${name}=${value.slice(0, 60)}`);
    };
    const checkElement = (el: Element) => {
      const tag = el.localName;
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (!src || new URL(src, location.href).origin !== location.origin)
          w.__injected!.push(`${describe(el)} ${el.textContent?.slice(0, 60) ?? ''}`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base', 'portal'].includes(tag))
        w.__injected!.push(describe(el));
      for (const attribute of el.getAttributeNames()) checkAttribute(el, attribute);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes')
          checkAttribute(record.target as Element, record.attributeName!);
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          checkElement(node as Element);
          (node as Element).querySelectorAll('*').forEach(checkElement);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  /** Fails if anything tripped so far, or if a long text pushed the page wider than the window. */
  return async (where: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${where}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, string[]>;
      return {
        pwned: w.__pwned,
        injected: w.__injected,
        violations: w.__violations,
        polluted: Object.keys(Object.prototype),
      };
    });
    expect({ ...state, dialogs }, where).toEqual({
      pwned: [],
      injected: [],
      violations: [],
      polluted: [],
      dialogs: [],
    });
  };
}

const importPanel = (page: Page) => page.getByRole('region', { name: 'Import and export' });
const tab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /^(Views|视图)$/ })
    .getByRole('button', { name, exact: true });

/** The seed catalogue file as the app exports it (Catalogue view → Export catalogue (JSON)). */
async function exportedCatalogue(page: Page): Promise<JsonObject> {
  await tab(page, 'Catalogue').click();
  const download = await downloadOf(
    page,
    importPanel(page).getByRole('button', { name: 'Export catalogue (JSON)' }),
  );
  return JSON.parse(await text(download)) as JsonObject;
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  await importPanel(page)
    .getByLabel('Import catalogue…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function downloadOf(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

async function text(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/** Chooses an item of the header's Export menu and returns the file it downloads. */
async function exportItem(page: Page, item: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return text(await downloadOf(page, page.getByRole('button', { name: item })));
}

/**
 * Markup parsed as the browser would (DOMParser runs nothing) and walked: every element or
 * attribute that could run a script or load something, any image, any link but `ownLink` (the
 * app's share link in the ADR), or a parse error. Parsed in a blank page of its own, so the
 * app's CSP does not report the file's style attributes.
 */
async function activeMarkup(
  page: Page,
  markup: string,
  type: 'image/svg+xml' | 'text/html',
  ownLink: string | null = null,
): Promise<string[]> {
  const blank = await page.context().newPage();
  const problems = await blank.evaluate(
    ([source, mime, own]) => {
      const doc = new DOMParser().parseFromString(source, mime as DOMParserSupportedType);
      const problems: string[] = [];
      if (doc.querySelector('parsererror')) problems.push('parse error');
      for (const el of doc.querySelectorAll('*')) {
        const tag = el.localName.toLowerCase();
        const active = 'script iframe frame object embed base meta link img image'.split(' ');
        if (active.includes(tag)) problems.push(`<${tag}>`);
        // A link (a bare URL, www. or e-mail address that GFM made one of) other than the app's.
        if (tag === 'a' && (el.getAttribute('href') ?? el.getAttribute('xlink:href')) !== own)
          problems.push(`<a href=${(el.getAttribute('href') ?? '').slice(0, 40)}>`);
        for (const name of el.getAttributeNames()) {
          // A browser ignores control characters and spaces inside a URL's scheme.
          // eslint-disable-next-line no-control-regex
          const value = (el.getAttribute(name) ?? '').replace(/[\u0000-\u0020]/g, '');
          if (/^on/i.test(name) || name === 'srcdoc') problems.push(`${tag} ${name}`);
          else if (
            /href|src|action|data/i.test(name) &&
            /^(javascript|vbscript|data:text)/i.test(value)
          )
            problems.push(`${tag} ${name}=${value.slice(0, 40)}`);
        }
      }
      return problems;
    },
    [markup, type, ownLink] as const,
  );
  await blank.close();
  return problems;
}

/** Spreadsheet formula triggers at the start of a cell (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

test('a hostile catalogue imports inert: every view, the presenter and every export', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  const tripped = await installTripwire(page);
  await page.goto('/?lang=en&theme=light');

  const seed = await exportedCatalogue(page);
  const hostile = hostileCatalogue(seed);
  await importFile(page, `<img src=x onerror=${run('file')}>.json`, JSON.stringify(hostile));
  const preview = page.getByRole('dialog', { name: /^Import “.*”\?$/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(
    `Import “<img src=x onerror=${run('file')}>.json”?`,
  );
  await expect(preview.getByText(IMG).first()).toBeVisible();
  await tripped('import preview');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(preview).toBeHidden();

  // Catalogue view: the technology cards, layers, dimensions, cases, printed tables.
  await expect(page.getByRole('article', { name: IMG, exact: true }).first()).toBeVisible();
  await tripped('catalogue view');

  // Decision: the ranking (a stack's name holds the payloads as text), radar, breakdown.
  await tab(page, 'Decision').click();
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.locator('tbody tr[data-stack-id]').first()).toBeVisible();
  for (const name of [IMG, NAMES[1]!])
    await expect(ranking.getByText(name).filter({ visible: true }).first()).toBeVisible();
  const radar = page.getByRole('region', { name: 'Compare stacks' });
  await expect(radar.locator('svg.recharts-surface')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('decision-1280.png') });
  await ranking.locator('tbody').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('ranking-1280.png') });
  await tripped('decision view');

  // The stack detail drawer of the #1.
  await ranking
    .getByRole('button', { name: /^Details for / })
    .first()
    .click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { name: 'Overview', level: 3 })).toBeVisible();
  await expect(drawer.getByText(NAMES[1]!).first()).toBeVisible();
  await tripped('stack drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Exports from the header menu.
  const adr = await exportItem(page, 'Decision record (Markdown)');
  // Rendered as a Markdown viewer without a sanitiser would (raw HTML passes through).
  // The share link is the record's one link: the app's own address, last in the file.
  const shareLink = /^<(http[^\s<>]+)>$/m.exec(adr.split('\n').filter(Boolean).at(-1)!)?.[1];
  expect(shareLink).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/\?/);
  expect(await activeMarkup(page, await marked.parse(adr), 'text/html', shareLink ?? null)).toEqual(
    [],
  );
  for (const block of adr.match(/```mermaid\n[\s\S]*?```/g) ?? []) {
    expect(block).not.toMatch(/%%\{/);
    expect(block).not.toMatch(/^\s*click\s/m);
  }

  const csv = await exportItem(page, 'Ranking (CSV)');
  const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data.flat();
  const formulas = cells.filter(
    (cell) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell),
  );
  expect(formulas).toEqual([]);

  const state = JSON.parse(await exportItem(page, 'State (JSON)')) as JsonObject;
  expect(state.app).toBe('stack-decision-matrix');

  const radarSvg = await text(
    await downloadOf(page, radar.getByRole('button', { name: 'Compare stacks: download as SVG' })),
  );
  expect(await activeMarkup(page, radarSvg, 'image/svg+xml')).toEqual([]);
  const radarPng = await readFile(
    (await (
      await downloadOf(page, radar.getByRole('button', { name: 'Compare stacks: download as PNG' }))
    ).path())!,
  );
  expect(radarPng.subarray(1, 4).toString('latin1')).toBe('PNG');
  await tripped('exports from the decision view');

  // Decision path: the flow, the trees and the other diagrams, one full screen.
  await tab(page, 'Decision path').click();
  await expect(page.locator('.diagram-svg svg').first()).toBeVisible();
  await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('path-1280.png') });
  const flow = page.getByRole('region', { name: 'Decision flow (17.6.2)' });
  // The scenario's name is one label, shown literally: it closed no node and opened none.
  await expect(flow.locator('.diagram-svg svg')).toContainText(SCENARIO);
  const flowSvg = await text(
    await downloadOf(page, flow.getByRole('button', { name: /download as SVG/ })),
  );
  expect(await activeMarkup(page, flowSvg, 'image/svg+xml')).toEqual([]);
  const flowPng = await downloadOf(page, flow.getByRole('button', { name: /download as PNG/ }));
  expect((await readFile((await flowPng.path())!)).subarray(1, 4).toString('latin1')).toBe('PNG');
  const trees = page.getByRole('region', { name: 'Decision trees (17.8)' });
  await trees.getByRole('button', { name: 'Full screen' }).click();
  const full = page.getByRole('dialog', { name: 'Decision trees (17.8)' });
  await expect(full.locator('.diagram-svg svg')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('trees-full-screen-1280.png') });
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();
  await tripped('decision path');

  // How sure?
  await tab(page, 'How sure?').click();
  await expect(
    page.getByRole('region', { name: 'Where does the recommendation flip?' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pairwise weights (AHP)' })).toBeVisible();
  await tripped('how sure');

  // Seed conformance.
  await tab(page, 'Seed conformance').click();
  await expect(page.getByRole('region', { name: 'Seed conformance', exact: true })).toBeVisible();
  await tripped('conformance');

  // The presenter, slide by slide.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const presenter = page.getByRole('dialog', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  for (let i = 1; i <= 7; i++) {
    await expect(presenter.locator('.presenter-counter')).toHaveText(`${i} / 7`);
    await tripped(`presenter slide ${i}`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();

  // The catalogue download carries the texts back unchanged (they are data, not markup).
  const again = await exportedCatalogue(page);
  const names = (file: JsonObject) =>
    ((file.catalogue as JsonObject).technologies as JsonObject[]).map((t) => t.name);
  // (A technology name is trimmed on import: schema.ts.)
  expect(names(again)).toEqual(names(hostile).map((name) => String(name).trim()));

  // Copy link: a link too large for the catalogue says so; either way nothing runs.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('dialog', { name: /^(Link copied.*|Copy this link)$/ }),
  ).toBeVisible();
  await tripped('copy link');
  await page.keyboard.press('Escape');

  // The other language and theme (the stored catalogue stays): Chinese texts, dark colours.
  await page.goto('/?lang=zh&theme=dark');
  const 排名 = page.getByRole('region', { name: '技术栈排名' });
  await expect(排名.getByText(IMG).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText(`${SCENARIO} 中`).filter({ visible: true }).first()).toBeVisible();
  await tripped('zh, dark: decision');
  await tab(page, '决策路径').click();
  await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
  await tripped('zh, dark: decision path');
});

/** A share-link fragment carrying `patch` against the seed, as the app writes one. */
const linkPayload = (patch: Json) =>
  deflateRawSync(Buffer.from(JSON.stringify({ v: 1, base: 'seed', patch })))
    .toString('base64url')
    .replace(/=+$/, '');

test('a hostile share link renders inert, a polluting one is refused', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const tripped = await installTripwire(page);
  await page.goto('/?lang=en');
  const seed = (await exportedCatalogue(page)).catalogue as JsonObject;
  // Ten of the seventeen technologies: a link carries at most 8,000 characters of catalogue.
  const technologies = (seed.technologies as JsonObject[])
    .slice(0, 10)
    .map((t, i) => ({ ...t, name: NAME_OF(i) }));
  const layers = (seed.layers as JsonObject[]).map((l, i) => ({
    ...l,
    name: { zh: TEXTS[i]!, en: TEXTS[i + 6]! },
  }));
  const hostileLink = linkPayload({
    technologies: { upsert: technologies },
    layers: { upsert: layers },
  });

  await page.goto(`/?v=1&lang=en#catalogue=${hostileLink}`);
  await expect(page.locator('.notices .notice')).toContainText(
    'This link carries its own catalogue',
  );
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.getByText(IMG).filter({ visible: true }).first()).toBeVisible();
  await tripped('hostile link, decision');
  await tab(page, 'Decision path').click();
  await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
  await tripped('hostile link, path');

  // A patch reaching for Object.prototype is refused; the page keeps working on its catalogue.
  const polluting = `{"technologies":{"upsert":[{"id":"x","__proto__":{"polluted":"yes"}}]}}`;
  const payload = deflateRawSync(Buffer.from(`{"v":1,"base":"seed","patch":${polluting}}`))
    .toString('base64url')
    .replace(/=+$/, '');
  await page.goto(`/?v=1&lang=en#catalogue=${payload}`);
  await expect(page.locator('.notices .notice')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ranked stacks' })).toBeVisible();
  await tripped('polluting link');
});

test('malformed and hostile files are refused with their problems; the catalogue stays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const tripped = await installTripwire(page);
  await page.goto('/?lang=en');
  // Make the active catalogue one the user imported: one technology renamed.
  const seed = await exportedCatalogue(page);
  const mine = structuredClone(seed);
  ((mine.catalogue as JsonObject).technologies as JsonObject[])[0]!.name = 'Our Kubernetes';
  await importFile(page, 'mine.json', JSON.stringify(mine));
  await page.getByRole('button', { name: 'Apply import' }).click();
  const ours = page.getByRole('article', { name: 'Our Kubernetes', exact: true });
  await expect(ours).toBeVisible();

  const withCatalogue = (change: (c: JsonObject) => void) => {
    const file = structuredClone(seed);
    change(file.catalogue as JsonObject);
    return JSON.stringify(file);
  };
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const cases: { name: string; content: string; problem: RegExp }[] = [
    {
      name: 'proto.json',
      content: withCatalogue(() => {}).replace(
        '"catalogue":',
        `"__proto__": {"polluted": "${IMG}"}, "catalogue":`,
      ),
      problem: /__proto__/,
    },
    {
      name: 'proto-deep.json',
      content: withCatalogue(() => {}).replace(
        '"technologies":[',
        '"technologies": [{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}},',
      ),
      problem: /technologies\[0\]/,
    },
    {
      name: 'million.json',
      content: withCatalogue((c) => {
        c.technologies = new Array<number>(1_000_000).fill(0);
      }),
      problem: /catalogue\.technologies/,
    },
    {
      name: 'types.json',
      content: withCatalogue((c) => {
        const tech = (c.technologies as JsonObject[])[0]!;
        tech.name = 42;
        tech.summary = IMG;
        (c.dimensions as JsonObject[])[0]!.defaultWeight = Number.MAX_VALUE * 10;
        c.layers = { length: 3 } as unknown as Json;
      }),
      problem: /catalogue\.technologies\[0\]\.name/,
    },
    {
      name: 'nested.json',
      content: withCatalogue((c) => {
        c.sections = 'NESTED' as Json;
      }).replace('"NESTED"', nested(100_000)),
      problem: /catalogue/,
    },
    { name: 'not-json.json', content: `<script>${run('notjson')}</script>`, problem: /JSON/ },
  ];

  for (const { name, content, problem } of cases) {
    await importFile(page, name, content);
    const dialog = page.getByRole('dialog', { name: /^The file was not imported: / });
    // Validating a million items takes seconds on a busy 2-core machine.
    await expect(dialog, name).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByRole('table'), name).toContainText(problem);
    await tripped(name);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(ours, name).toBeVisible();
  }
  // (tripped also fails if anything was added to Object.prototype.)
  await tripped('after the refused files');
});
