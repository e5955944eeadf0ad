import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { signInAs } from '../../helpers/sign-in.js';

let browser: Browser;
let page: Page;
/** unique per run: the e2e database may hold lists of earlier runs */
const listName = `e2e 轴承钢招商 ${Date.now().toString(36)}`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
  await signInAs(page, 'analyst'); // a fresh 招商人员 account of this file, signed in in the page's browser context
  await page.goto(appUrl('/targets'));
});
afterAll(() => browser?.close());

async function chooseCluster(p: Page, name: string): Promise<void> {
  const select = p.getByTestId('add-cluster');
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value);
}

describe('招商目标 investment targets (default data set)', () => {
  it('ranks the targets of a cluster with reasons, location, supply in 万元 and buyers', async () => {
    await page.getByTestId('ranked-targets').waitFor();
    // the page starts with one cluster; add 临清轴承, then remove the other
    const chips = page.getByTestId('chosen-clusters').locator('.cluster-chip');
    await chips.first().waitFor();
    expect(await chips.count()).toBe(1);
    const first = await chips.first().innerText();
    if (!first.includes('临清轴承')) {
      await chooseCluster(page, '临清轴承');
      await page.waitForURL(/clusters=/);
      await expect.poll(() => chips.count()).toBe(2);
      await chips.filter({ hasNotText: '临清轴承' }).getByRole('button').click();
      await expect.poll(() => chips.count()).toBe(1);
    }
    await expect(chips.first().innerText()).resolves.toContain('临清轴承');
    const table = page.getByTestId('ranked-table');
    await table.waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('ranked-summary').innerText()).resolves.toMatch(/^[\d,]+ 家招商目标 · 来自 1 个集群的缺失或薄弱环节/);
    const rows = page.getByTestId('target-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const cells = await rows.first().locator('td').allInnerTexts();
    // [check, rank, firm, place, segment, inflow, buyers, reason]
    expect(cells[1]).toBe('1');
    expect(cells[3]).toMatch(/市/);
    expect(cells[4]).toMatch(/缺失|薄弱/);
    expect(cells[5]).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(cells[6]).toMatch(/^\d+$/);
    expect(cells[7]).toMatch(/^「.+」环节.+；年供货 [\d,.]+ 万元，占本环节集群采购 \d+%；供应集群企业 .+/);
    // filter by segment, kept in the link
    await page.getByTestId('segment-filter').selectOption('BRG-01');
    await page.waitForURL(/segment=BRG-01/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="target-row"]')].every((row) => row.textContent.includes('轴承钢及原材料')),
    );
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'targets-ranked');
  });

  it('adds two targets to a new saved list', async () => {
    const rows = page.getByTestId('target-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const names = [await rows.nth(0).locator('td').nth(2).innerText(), await rows.nth(1).locator('td').nth(2).innerText()];
    await page.getByTestId('add-selected').click();
    const dialog = page.getByTestId('add-to-list-dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').innerText()).resolves.toBe('加入招商目标清单（2 家企业）');
    await dialog.getByRole('radio', { name: '新建清单' }).check();
    await dialog.getByRole('textbox', { name: '新清单名称' }).fill(listName);
    await dialog.getByRole('button', { name: '确认加入' }).click();
    await expect(dialog.getByTestId('add-outcome').innerText()).resolves.toContain(`已将 2 家企业加入清单“${listName}”`);
    await dialog.getByRole('link', { name: '查看清单' }).click();
    await page.waitForURL(/tab=lists&list=/);
    const detail = page.getByTestId('list-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('list-name').innerText()).resolves.toBe(listName);
    const entries = detail.getByTestId('entry-row');
    await expect(entries.count()).resolves.toBe(2);
    for (let i = 0; i < 2; i++) {
      const text = await entries.nth(i).innerText();
      expect(text).toContain(names[i]!);
      expect(text).toContain('已识别');
      expect(text).toContain('轴承钢及原材料');
    }
    await expect(detail.getByTestId('pipeline-summary').innerText()).resolves.toMatch(/已识别\s*2/);
  });

  it('sets a status with a note and a date and shows it in the history', async () => {
    const detail = page.getByTestId('list-detail');
    const entry = detail.getByTestId('entry-row').first();
    await entry.getByRole('button', { name: '更新进度' }).click();
    const form = detail.getByTestId('entry-detail');
    await form.waitFor();
    await form.getByTestId('status-select').selectOption('CONTACTED');
    await form.getByTestId('status-date').fill('2026-11-20');
    await form.getByTestId('status-note').fill('已电话联系销售总监，约定下周到临清实地考察');
    await form.getByTestId('status-save').click();
    await form.getByRole('status').waitFor();
    const history = form.getByTestId('status-history').locator('li');
    await expect(history.count()).resolves.toBe(2);
    const latest = await history.first().innerText();
    expect(latest).toContain('已接洽');
    expect(latest).toContain('2026-11-20');
    expect(latest).toContain('已电话联系销售总监，约定下周到临清实地考察');
    await expect(history.nth(1).innerText()).resolves.toContain('已识别');
    // who recorded each change, by display name (the analyst signed in above made both)
    expect(latest).toContain('招商分析员 记录于');
    await expect(history.nth(1).innerText()).resolves.toContain('招商分析员 记录于');
    await expect(entry.innerText()).resolves.toContain('已接洽');
    await expect(detail.getByTestId('pipeline-summary').innerText()).resolves.toMatch(/已接洽\s*1/);
    expect(page.url()).toMatch(/entry=91[0-9A-Z]{16}/);
    await screenshot(page, 'targets-list-history');

    // a reload restores the open list and entry
    await page.reload();
    await page.getByTestId('entry-detail').waitFor();
    await expect(page.getByTestId('status-history').innerText()).resolves.toContain('约定下周到临清实地考察');
  });

  it('downloads the list as XLSX and CSV from the server', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^招商目标清单-.+\.xlsx$/);
    expect(xlsx.suggestedFilename()).toContain('轴承钢招商');
    const size = fs.statSync(await xlsx.path()).size;
    expect(size).toBeGreaterThan(0);
    expect(
      fs
        .readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK'); // a zip: a real workbook
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(fs.readFileSync(await csv.path(), 'utf8')).toContain('已电话联系销售总监');
  });

  it('renames and deletes a list', async () => {
    const detail = page.getByTestId('list-detail');
    await detail.getByRole('button', { name: '重命名' }).click();
    const input = detail.getByRole('textbox', { name: '清单名称' });
    await input.fill(`${listName}（改）`);
    await detail.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => detail.getByTestId('list-name').innerText()).toBe(`${listName}（改）`);
    await expect(page.getByTestId('target-lists').innerText()).resolves.toContain(`${listName}（改）`);
    await detail.getByRole('button', { name: '删除清单' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
    await page.waitForFunction(
      (name) => !document.querySelector('[data-testid="target-lists"]')?.textContent?.includes(name),
      `${listName}（改）`,
    );
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('shows a Chinese message when a linked list does not exist', async () => {
    await page.goto(appUrl('/targets?tab=lists&list=no-such-list'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('未找到该清单');
  });
});
