/**
 * Screenshots of every view at 1920, 1366, 1024 and 390 px, in Chinese and English, into
 * screenshots/all/ (git-ignored), for a person to look at (issue 18).
 *
 *   npx vite build && npx tsx scripts/screenshots.ts [--widths 390,1366] [--langs zh] [--only chain,dashboard]
 *
 * It starts the app the way the browser tests do (a temporary Neo4j, then the built app with the
 * default data set, test/helpers/global-*.ts), signs in through the sign-in page as the
 * administrator, captures each view once it has drawn, and stops everything it started.
 * Headless Debian Chromium (/usr/bin/chromium); no browser is downloaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { apiAs, appUrl, launchBrowser, testUsers } from '../test/helpers/browser.js';
import startApp from '../test/helpers/global-app.js';
import startNeo4j from '../test/helpers/global-neo4j.js';

const { values: args } = parseArgs({
  options: {
    widths: { type: 'string', default: '1920,1366,1024,390' },
    langs: { type: 'string', default: 'zh,en' },
    only: { type: 'string' },
    out: { type: 'string', default: 'screenshots/all' },
  },
});
const WIDTHS = args.widths.split(',').map(Number);
const LANGUAGES = args.langs.split(',') as ('zh' | 'en')[];
const ONLY = args.only ? new Set(args.only.split(',')) : null;
const OUT = path.resolve(args.out);

const heightOf = (width: number) => (width < 500 ? 844 : width <= 1024 ? 768 : width <= 1366 ? 768 : 1080);

interface View {
  name: string;
  path: string;
  /** what shows that the view has drawn (beyond "no skeleton left") */
  ready?: string;
  /** something to do before the picture (open a panel, type a search) */
  act?: (page: Page) => Promise<void>;
}

async function viewsOf(): Promise<View[]> {
  const { clusters } = await apiAs<{ clusters: { id: string; name: string }[] }>('{ clusters { id name } }');
  const cluster = clusters.find((c) => c.name === '临清轴承')!.id;
  const { searchEnterprises } = await apiAs<{ searchEnterprises: { edges: { node: { creditCode: string } }[] } }>(
    'query ($c: ID) { searchEnterprises(query: "轴承", clusterId: $c, chainLeader: true, first: 1) { edges { node { creditCode } } } }',
    { c: cluster },
  );
  const leader = searchEnterprises.edges[0]!.node.creditCode;
  const { targetLists } = await apiAs<{ targetLists: { id: string }[] }>('{ targetLists { id } }');
  let listId = targetLists[0]?.id;
  if (!listId) {
    const { createTargetList } = await apiAs<{ createTargetList: { id: string } }>(
      'mutation ($c: ID) { createTargetList(name: "临清轴承 招商清单", clusterId: $c, note: "截图用") { id } }',
      { c: cluster },
    );
    listId = createTargetList.id;
  }
  // the map first, then each tab with its list scrolled to the top of the window
  const chain = (tab: string): View => ({
    name: `chain-${tab}`,
    path: `/chain/${cluster}?tab=${tab}`,
    ready: '[data-testid=chain-map]',
    act: (page) => scrollToTop(page, '.chain-lists'),
  });
  return [
    { name: 'panorama', path: '/', ready: '[data-testid=panorama-summary]' },
    { name: 'chain-picker', path: '/chain' },
    { name: 'chain', path: `/chain/${cluster}`, ready: '[data-testid=chain-map]' },
    ...['targets', 'extension', 'risks', 'whatif', 'evolution', 'attract'].map(chain),
    { name: 'chain-segment', path: `/chain/${cluster}?seg=BRG-06`, ready: '.segment-panel' },
    { name: 'compare', path: `/compare` },
    { name: 'enterprise-search', path: '/enterprise' },
    { name: 'enterprise-search-results', path: `/enterprise?q=${encodeURIComponent('保持架')}`, ready: '[data-testid=search-count]' },
    { name: 'enterprise', path: `/enterprise/${leader}`, ready: '[data-testid=network-summary]' },
    {
      name: 'enterprise-network',
      path: `/enterprise/${leader}`,
      ready: '[data-testid=network-summary]',
      act: (page) => scrollToTop(page, '.ent-network'),
    },
    { name: 'network', path: '/network', ready: '[data-testid=network-summary]' },
    { name: 'dashboard', path: '/dashboard', ready: '[data-testid=indicator-grid]' },
    { name: 'targets', path: '/targets' },
    { name: 'target-lists', path: `/targets?tab=lists&list=${listId}`, ready: '[data-testid=list-name]' },
    { name: 'import', path: '/import' },
    { name: 'admin', path: '/admin', ready: '[data-testid=users-table]' },
    { name: 'not-found', path: '/no-such-page', ready: '[data-testid=not-found]' },
  ];
}

/** Scrolls the element to the top of the window (the app scrolls its main element, not the document). */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
}

async function waitDrawn(page: Page, ready?: string): Promise<void> {
  if (ready) await page.locator(ready).first().waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    () => document.querySelector('main .view') !== null && document.querySelector('[data-testid=loading]') === null,
    undefined,
    { timeout: 90_000 },
  );
  await page.waitForTimeout(800); // graphs finish their layout animation
}

/** What the window shows (the app scrolls inside main: a full-page picture would be the same). */
async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function shoot(browser: Browser, views: View[], width: number, language: 'zh' | 'en'): Promise<string[]> {
  const failures: string[] = [];
  const context = await browser.newContext({ viewport: { width, height: heightOf(width) }, locale: 'zh-CN', timezoneId: 'UTC' });
  await context.addInitScript((l) => localStorage.setItem('chainatlas.lang', l), language);
  const page = await context.newPage();
  page.on('pageerror', (e) => failures.push(`${width}-${language}: page error ${e.message}`));
  const suffix = `${width}-${language}`;
  await page.goto(appUrl('/'));
  await page.getByTestId('signin-form').waitFor();
  await page.waitForTimeout(300);
  if (!ONLY || ONLY.has('sign-in')) await capture(page, `sign-in-${suffix}`);
  const admin = testUsers().admin;
  await page.getByTestId('signin-username').fill(admin.username);
  await page.getByTestId('signin-password').fill(admin.password);
  await page.getByTestId('signin-submit').click();
  await page.locator('main .view').first().waitFor({ timeout: 90_000 });
  for (const view of views) {
    if (ONLY && !ONLY.has(view.name)) continue;
    try {
      await page.goto(appUrl(view.path));
      await waitDrawn(page, view.ready);
      if (view.act) await view.act(page);
      await capture(page, `${view.name}-${suffix}`);
    } catch (e) {
      failures.push(`${view.name} ${suffix}: ${(e as Error).message.split('\n')[0]}`);
      await page.screenshot({ path: path.join(OUT, `${view.name}-${suffix}.failed.png`) }).catch(() => {});
    }
  }
  if (width < 500 && (!ONLY || ONLY.has('menu'))) {
    await page.goto(appUrl('/dashboard'));
    await waitDrawn(page, '[data-testid=indicator-grid]');
    await page.getByTestId('menu-toggle').click();
    await page.waitForTimeout(300);
    await capture(page, `menu-${suffix}`);
  }
  await context.close();
  return failures;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.resolve('dist/web/index.html'))) throw new Error('Build the web app first: npx vite build');
  fs.mkdirSync(OUT, { recursive: true });
  const stopNeo4j = await startNeo4j();
  let stopApp: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  const failures: string[] = [];
  try {
    stopApp = await startApp();
    browser = await launchBrowser();
    const views = await viewsOf();
    for (const language of LANGUAGES) {
      for (const width of WIDTHS) {
        const started = Date.now();
        failures.push(...(await shoot(browser, views, width, language)));
        console.log(`${width} px ${language}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }
  } finally {
    await browser?.close();
    await stopApp?.();
    await stopNeo4j?.();
  }
  console.log(`screenshots in ${path.relative(process.cwd(), OUT)}/`);
  if (failures.length) {
    console.error(`${failures.length} view(s) did not draw:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
