import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { testDatabase } from '../../helpers/db.js';
import { code, filePrefix, tempDir, writeCsv } from '../../helpers/import-fixtures.js';

/**
 * 导入 page against the app: download a template, upload a small valid CSV set (validate, see
 * the counts, confirm, see it written) and an invalid one (the error table in Chinese). The test
 * data carry their own prefix and are deleted afterwards, so the other views keep the default
 * data set; they are outside firms with no cluster, so no count of the default data set moves
 * while they exist.
 */
let browser: Browser;
let page: Page;
const db = testDatabase();
const prefix = filePrefix(db);

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/import', { as: 'admin' });
  await page.getByTestId('templates').waitFor({ timeout: 60_000 });
});
afterAll(() => browser?.close());

function validSet(): string[] {
  const dir = tempDir();
  const [a, b] = [code(prefix, 1), code(prefix, 2)];
  return [
    writeCsv(dir, 'chains.csv', [
      ['chain_id', 'name', 'industry'],
      [`${prefix}-CH`, '测试导入产业链', '测试'],
    ]),
    writeCsv(dir, 'segments.csv', [
      ['segment_id', 'chain_id', 'name', 'stage', 'order', 'feeds'],
      [`${prefix}-S1`, `${prefix}-CH`, '原料', '上游', '1', `${prefix}-S2`],
      [`${prefix}-S2`, `${prefix}-CH`, '成品', '下游', '2', ''],
    ]),
    writeCsv(dir, 'enterprises.csv', [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader'],
      [a, `${prefix}导入测试原料有限公司`, '否', '', '济南市', '山东省', '', `${prefix}-S1`, '2010', ''],
      [b, `${prefix}导入测试成品有限公司`, '否', '', '青岛市', '山东省', '', `${prefix}-S2`, '2012', ''],
    ]),
    writeCsv(dir, 'supply_links.csv', [
      ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product', 'year'],
      [a, b, `${prefix}-S1`, '1200', '原料', '2024'],
    ]),
  ];
}

describe('导入 import page', () => {
  it('offers a template per file, CSV and Excel, and downloads it', async () => {
    const rows = page.getByTestId('templates').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(11); // ten data files and the search synonyms
    await expect(page.getByTestId('templates').innerText()).resolves.toContain('供应方信用代码、采购方信用代码、供应品所属环节、年供应额');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('template-enterprises-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('enterprises.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'credit_code,name,local,county,city,province,cluster_ids,segment_ids,founded,dissolved,chain_leader,region_code',
    );
    const [xlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('template-supply_links-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('supply_links.xlsx');
  });

  it('validates a small valid CSV set (dry run: counts, nothing written), then imports it on confirmation', async () => {
    const files = validSet();
    await page.getByTestId('file-input').setInputFiles(files);
    await expect(page.getByTestId('file-list').locator('li').count()).resolves.toBe(4);
    await expect(page.getByTestId('file-list').innerText()).resolves.toContain('供应关系');
    await expect(page.getByTestId('confirm-import').isDisabled()).resolves.toBe(true);
    await page.getByTestId('validate').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.innerText()).resolves.toContain('校验通过：共 6 行数据');
    const counts = await page.getByTestId('file-counts').locator('tbody tr').allInnerTexts();
    expect(counts.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['chains.csv 产业链', 'CSV', '1', '1', '0', '0'],
      ['segments.csv 产业链环节', 'CSV', '2', '2', '0', '0'],
      ['enterprises.csv 企业', 'CSV', '2', '2', '0', '0'],
      ['supply_links.csv 供应关系', 'CSV', '1', '1', '0', '0'],
    ]);
    // nothing written by the dry run
    const before = await firm(code(prefix, 1));
    expect(before).toBeNull();
    await screenshot(page, 'import-validated');

    await page.getByTestId('confirm-import').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=import-summary]')?.textContent?.includes('导入完成'), undefined, {
      timeout: 60_000,
    });
    await expect(summary.innerText()).resolves.toMatch(/导入完成：共 6 行，新增 6 条、更新 0 条、未变 0 条/);
    await expect(firm(code(prefix, 1))).resolves.toEqual({ name: `${prefix}导入测试原料有限公司`, customerCount: 1 });
    await screenshot(page, 'import-done');
  });

  it('shows the errors of an invalid file by file, row and column, in Chinese, and writes nothing', async () => {
    const dir = tempDir();
    const file = writeCsv(dir, 'enterprises.csv', [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader'],
      [
        code(prefix, 3).slice(0, 17) + (code(prefix, 3).endsWith('0') ? '1' : '0'),
        `${prefix}错误企业甲`,
        '否',
        '',
        '济南市',
        '',
        '',
        '',
        '',
        '',
      ],
      [code(prefix, 4), '', 'maybe', '', '', '', `${prefix}-NO`, '', '18', ''],
    ]);
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByTestId('file-input').setInputFiles([file]);
    await page.getByTestId('validate').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=import-report]')?.getAttribute('data-ok') === 'false',
      undefined,
      { timeout: 60_000 },
    );
    await expect(page.getByTestId('import-summary').innerText()).resolves.toMatch(/发现 \d+ 个错误，未写入任何数据/);
    const table = page.getByTestId('error-table');
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual(['文件', '行', '列', '问题']);
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    expect(rows).toContainEqual([
      'enterprises.csv',
      '第 2 行',
      '统一社会信用代码（credit_code）',
      expect.stringMatching(/^信用代码有误.*校验/),
    ]);
    expect(rows).toContainEqual(['enterprises.csv', '第 3 行', '企业名称（name）', expect.stringMatching(/^必填项为空/)]);
    expect(rows).toContainEqual(['enterprises.csv', '第 3 行', '是否本地（local）', expect.stringMatching(/^应为 是\/否.*maybe/)]);
    expect(rows).toContainEqual(['enterprises.csv', '第 3 行', '所属集群（cluster_ids）', expect.stringMatching(/^引用的对象不存在/)]);
    await expect(page.getByTestId('confirm-import').isDisabled()).resolves.toBe(true);
    await expect(firm(code(prefix, 4))).resolves.toBeNull();
    await screenshot(page, 'import-errors');

    // a file that is neither CSV nor XLSX is explained before and after uploading
    const wrong = writeCsv(dir, '企业名单.txt', [['credit_code', 'name', 'local']]);
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByTestId('file-input').setInputFiles([wrong]);
    await expect(page.getByTestId('file-list').innerText()).resolves.toContain('无法识别的文件名');
    await page.getByTestId('validate').click();
    await page.getByTestId('import-result').getByRole('alert').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-result').getByRole('alert').innerText()).resolves.toContain('企业名单.txt');
    expect(pageErrorsOf.get(page)).toEqual([]);
    fs.rmSync(path.dirname(wrong), { recursive: true, force: true });
  });
});

/** The firm as the signed-in page sees it through GraphQL (null when unknown). */
async function firm(creditCode: string): Promise<{ name: string; customerCount: number } | null> {
  const response = await page.request.post(appUrl('/graphql'), {
    data: { query: 'query ($c: String!) { enterprise(creditCode: $c) { name customerCount } }', variables: { c: creditCode } },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', origin: new URL(appUrl('/')).origin },
  });
  return ((await response.json()) as { data: { enterprise: { name: string; customerCount: number } | null } }).data.enterprise;
}
