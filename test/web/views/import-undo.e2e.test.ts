import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { testDatabase } from '../../helpers/db.js';
import { code, filePrefix, tempDir, writeCsv } from '../../helpers/import-fixtures.js';

/**
 * 系统管理 → 导入记录 against the app (default data set): an administrator uploads two small
 * enterprises.csv files — one creating an outside test firm (which is then edited, so its undo
 * is refused), one renaming a firm of the default data set — sees each import's row changes
 * (before → after), is refused with the rows named (Chinese, then English), undoes the rename
 * through the confirmation dialog and finds the old name back. An analyst sees no undo control.
 */
let browser: Browser;
let page: Page;
const db = testDatabase();
const prefix = filePrefix(db);
const origin = () => new URL(appUrl('/')).origin;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/admin', { as: 'admin' });
  await page.getByTestId('admin-view').waitFor({ timeout: 60_000 });
});
afterAll(() => browser?.close());

/** GraphQL as the signed-in page (the administrator). */
async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  on: Page = page,
): Promise<{ data: T; errors?: { extensions: { code: string } }[] }> {
  const response = await on.request.post(appUrl('/graphql'), {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', origin: origin() },
  });
  return (await response.json()) as { data: T; errors?: { extensions: { code: string } }[] };
}

/** Uploads one enterprises.csv through POST /api/import and returns the new import's id (the newest Import audit entry). */
async function importEnterprises(rows: string[][]): Promise<string> {
  const file = writeCsv(tempDir(), 'enterprises.csv', [['credit_code', 'name', 'local'], ...rows]);
  const response = await page.request.post(appUrl('/api/import'), {
    multipart: { files: { name: 'enterprises.csv', mimeType: 'text/csv', buffer: fs.readFileSync(file) } },
    headers: { origin: origin() },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  const { data } = await gql<{ auditLog: { edges: { node: { id: string; action: string } }[] } }>(
    '{ auditLog(first: 1, entity: "Import") { edges { node { id action } } } }',
  );
  expect(data.auditLog.edges[0]!.node.action).toBe('import');
  return data.auditLog.edges[0]!.node.id;
}

const firmName = async (creditCode: string) =>
  (await gql<{ enterprise: { name: string } | null }>('query($c: String!) { enterprise(creditCode: $c) { name } }', { c: creditCode })).data
    .enterprise?.name ?? null;
const item = (importId: string) => page.locator(`[data-testid=import-item][data-import-id="${importId}"]`);

describe('系统管理 导入记录: undo an import', () => {
  let firm: { creditCode: string; name: string; local: boolean };
  let created: string;
  let renamed: string;
  const testFirm = code(prefix, 1);
  const newName = () => `${firm.name}（${prefix}导入改名）`;

  it('lists the imports with who, files and rows changed, and shows a row change as before → after', async () => {
    const { data } = await gql<{ searchEnterprises: { edges: { node: { creditCode: string; name: string } }[] } }>(
      '{ searchEnterprises(query: "公司", first: 40) { edges { node { creditCode name } } } }',
    );
    const node = data.searchEnterprises.edges.at(-1)!.node;
    const { data: one } = await gql<{ enterprise: { local: boolean } }>('query($c: String!) { enterprise(creditCode: $c) { local } }', {
      c: node.creditCode,
    });
    firm = { ...node, local: one.enterprise.local };

    created = await importEnterprises([[testFirm, `${prefix}撤销测试外地企业`, '否']]);
    // edited after the import: its undo must be refused
    const edit = await gql('mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "导入后改的市" }) { version } }', {
      c: testFirm,
    });
    expect(edit.errors).toBeUndefined();
    renamed = await importEnterprises([[firm.creditCode, newName(), firm.local ? '是' : '否']]);
    await expect(firmName(firm.creditCode)).resolves.toBe(newName());

    await page.getByTestId('admin-tab-imports').click();
    await item(renamed).waitFor({ timeout: 30_000 });
    const text = await item(renamed).innerText();
    expect(text).toContain('enterprises.csv（1 行）');
    expect(text).toContain('改动行数：1');
    expect(text).toContain('导入人：admin');
    expect(text).toContain('有效');
    // the newest first
    await expect(page.getByTestId('import-item').first().getAttribute('data-import-id')).resolves.toBe(renamed);

    await item(renamed).getByTestId('show-changes').click();
    const rows = item(renamed).getByTestId('change-row');
    await rows.first().waitFor({ timeout: 30_000 });
    await expect(rows.count()).resolves.toBe(1);
    const cells = (await rows.first().locator('td').allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual(['enterprises', '第 2 行', firm.creditCode, '修改']);
    expect(cells[4]).toBe(`name: ${firm.name} → ${newName()}`);
    // the heading of the changes got the focus (keyboard users land on what they opened)
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
    await screenshot(page, 'import-undo-changes');
  });

  it('refuses to undo an import whose row was changed since, naming the row in Chinese (and English)', async () => {
    await item(created).getByTestId('undo-import').click();
    const dialog = page.getByTestId('undo-dialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('将有 1 行恢复到导入前的状态');
    await page.getByTestId('undo-confirm').click();
    const conflict = page.getByTestId('undo-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    await expect(conflict.innerText()).resolves.toMatch(
      /无法撤销：下列 1 行在导入之后又被修改过，未做任何修改[\s\S]*enterprises 第 2 行（/,
    );
    await expect(conflict.innerText()).resolves.toContain(testFirm);
    await expect(firmName(testFirm)).resolves.toBe(`${prefix}撤销测试外地企业`);
    await screenshot(page, 'import-undo-conflict');

    await page.locator('.lang-switch').click();
    await expect(conflict.innerText()).resolves.toMatch(
      /Cannot undo: the 1 row\(s\) below were changed again after the import[\s\S]*enterprises row 2 \(/,
    );
    await page.locator('.lang-switch').click();
    await expect(conflict.innerText()).resolves.toContain('无法撤销');
  });

  it('undoes the rename after a confirmation (keyboard: Escape cancels, focus returns), and the old name is back', async () => {
    const undo = item(renamed).getByTestId('undo-import');
    await undo.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('undo-dialog');
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('undo-cancel');
    await expect(dialog.getAttribute('aria-labelledby')).resolves.toBe('undo-dialog-title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('undo-import');
    await expect(firmName(firm.creditCode)).resolves.toBe(newName());

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('将有 1 行恢复到导入前的状态');
    await screenshot(page, 'import-undo-dialog');
    await page.getByTestId('undo-confirm').click();
    const result = page.getByTestId('undo-result');
    await result.waitFor({ timeout: 30_000 });
    await expect(result.innerText()).resolves.toContain('已撤销导入：1 行恢复原值，0 行新建的数据已删除');
    await expect(firmName(firm.creditCode)).resolves.toBe(firm.name);
    // undone: said so, and no second undo offered
    await page.waitForFunction(
      (id) => document.querySelector(`[data-import-id="${id}"] [data-testid=import-status]`)?.textContent?.includes('撤销'),
      renamed,
      { timeout: 30_000 },
    );
    await expect(item(renamed).getByTestId('undo-import').count()).resolves.toBe(0);
    const audit = await gql<{ auditLog: { edges: { node: { action: string; key: string } }[] } }>(
      '{ auditLog(first: 1, entity: "Import") { edges { node { action key } } } }',
    );
    expect(audit.data.auditLog.edges[0]!.node).toEqual({ action: 'import.undo', key: renamed });
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('fits a 390 px wide phone: the imports tab has no sideways overflow (the changes table scrolls inside itself)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // still open from the first test
    await expect(item(renamed).getByTestId('show-changes').getAttribute('aria-expanded')).resolves.toBe('true');
    await item(renamed).getByTestId('change-row').first().waitFor({ timeout: 30_000 });
    const tab = page.getByTestId('imports-tab');
    const fit = await tab.evaluate((el) => ({
      overflow: el.scrollWidth - el.clientWidth,
      tableScrolls: [...el.querySelectorAll('.table-scroll')].every((box) => box.scrollWidth > box.clientWidth),
      right: Math.max(...[el, ...el.querySelectorAll('.import-card, .table-scroll, button')].map((e) => e.getBoundingClientRect().right)),
    }));
    await item(renamed).getByTestId('changes-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-undo-390');
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit.right).toBeLessThanOrEqual(390);
    expect(fit.tableScrolls).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('offers an analyst no undo control (and the server refuses one)', async () => {
    const analyst = await openPage(browser, '/admin', { as: 'analyst' });
    await analyst.getByTestId('admin-view').waitFor({ timeout: 60_000 });
    await analyst.waitForLoadState('networkidle');
    await expect(analyst.getByTestId('admin-tab-imports').count()).resolves.toBe(0);
    await expect(analyst.getByTestId('undo-import').count()).resolves.toBe(0);
    await expect(analyst.getByText('撤销导入').count()).resolves.toBe(0);
    const refused = await gql('mutation($id: ID!) { undoImport(importId: $id) { importId } }', { id: created }, analyst);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await analyst.context().close();
  });
});
