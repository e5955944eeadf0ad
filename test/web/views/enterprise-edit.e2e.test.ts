import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';

/**
 * Editing on a firm's page in Chromium, as the e2e editor (assigned the first cluster): a
 * property, a yearly figure and a supply link; then a CONFLICT when another user (the
 * administrator, through GraphQL) changed the firm after the editor opened the form.
 */
let browser: Browser;
let page: Page;
let firm: { creditCode: string; name: string; link: { id: string; annualValue: number } };

/** GraphQL as a signed-in role (its session cookie from global-app.ts). */
async function gqlAs<T>(role: 'admin' | 'editor', query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const cookies = JSON.parse(process.env.CHAINATLAS_TEST_COOKIES ?? '{}') as Record<string, string>;
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: cookies[role]!,
      origin: new URL(appUrl('/')).origin,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const FIRM = `query($c: String!) { enterprise(creditCode: $c) { name city province founded version
  years { year rdSpend version } supplyLinks(first: 200) { id annualValue version }
  recentChanges(first: 10) { userName action } } }`;

beforeAll(async () => {
  // a firm the editor may edit (all its clusters are theirs) with a supply link they may change
  const { clusters } = await gqlAs<{ clusters: { id: string }[] }>('admin', '{ clusters { id } }');
  const { searchEnterprises } = await gqlAs<{ searchEnterprises: { edges: { node: { creditCode: string } }[] } }>(
    'admin',
    'query($k: ID) { searchEnterprises(query: "公司", clusterId: $k, first: 60) { edges { node { creditCode } } } }',
    { k: clusters[0]!.id },
  );
  for (const { node } of searchEnterprises.edges) {
    const { enterprise } = await gqlAs<{
      enterprise: {
        name: string;
        editScope: { allowed: boolean };
        years: unknown[];
        supplyLinks: { id: string; annualValue: number; editScope: { allowed: boolean } }[];
      };
    }>(
      'editor',
      'query($c: String!) { enterprise(creditCode: $c) { name editScope { allowed } years { year } supplyLinks(first: 200) { id annualValue editScope { allowed } } } }',
      { c: node.creditCode },
    );
    const link = enterprise.supplyLinks.find((l) => l.editScope.allowed);
    if (enterprise.editScope.allowed && enterprise.years.length > 0 && link) {
      firm = { creditCode: node.creditCode, name: enterprise.name, link };
      break;
    }
  }
  expect(firm, 'a firm of the first cluster with figures and a supply link the editor may change').toBeDefined();
  browser = await launchBrowser();
  page = await openPage(browser, `/enterprise/${firm.creditCode}`, { as: 'editor' });
  await page.getByTestId('enterprise-editor').waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('editing a firm as an editor', () => {
  it('edits a property: an invalid year is shown beside the field in Chinese and kept, the corrected value is saved', async () => {
    await page.getByTestId('edit-properties').click();
    const founded = page.getByTestId('firm-founded');
    await founded.fill('18');
    await expect.poll(() => page.getByTestId('firm-founded-error').textContent()).toContain('不是有效年份');
    await page.getByTestId('firm-save').click();
    // refused before sending: the form stays open with what the user typed
    expect(await founded.inputValue()).toBe('18');
    await founded.fill('1998');
    await page.getByTestId('firm-city').fill('测试编辑市');
    await screenshot(page, 'enterprise-edit-properties');
    await page.getByTestId('firm-save').click();
    await page.getByTestId('firm-form').waitFor({ state: 'detached' });
    const { enterprise } = await gqlAs<{
      enterprise: { city: string; founded: number; recentChanges: { userName: string; action: string }[] };
    }>('admin', FIRM, { c: firm.creditCode });
    expect(enterprise).toMatchObject({ city: '测试编辑市', founded: 1998 });
    // the page lists the change with the editor's display name, not the account id
    await expect.poll(() => page.getByTestId('recent-change').first().textContent()).toContain('测试editor');
    expect(enterprise.recentChanges[0]).toEqual({ userName: '测试editor', action: 'enterprise.update' });
  });

  it('changes a yearly figure', async () => {
    await page.getByTestId('edit-years').click();
    const year = Number(await page.getByTestId('year-pick').inputValue());
    const rd = page.getByTestId('year-rdSpend');
    await rd.fill('-3');
    await expect.poll(() => page.getByTestId('year-rdSpend-error').textContent()).toContain('不能为负数');
    await rd.fill('1234.5');
    await page.getByTestId('year-save').click();
    await page.getByTestId('year-form').waitFor({ state: 'detached' });
    const { enterprise } = await gqlAs<{ enterprise: { years: { year: number; rdSpend: number | null }[] } }>('admin', FIRM, {
      c: firm.creditCode,
    });
    expect(enterprise.years.find((y) => y.year === year)?.rdSpend).toBe(1234.5);
  });

  it('changes a supply link', async () => {
    const row = page.locator(`[data-link="${firm.link.id}"]`);
    await row.getByTestId('link-change').click();
    const value = row.getByTestId('link-edit-annualValue');
    expect(Number(await value.inputValue())).toBe(firm.link.annualValue);
    await value.fill('4321');
    await row.getByTestId('link-save').click();
    await row.getByTestId('link-form').waitFor({ state: 'detached' });
    const { enterprise } = await gqlAs<{ enterprise: { supplyLinks: { id: string; annualValue: number; version: number }[] } }>(
      'admin',
      FIRM,
      { c: firm.creditCode },
    );
    expect(enterprise.supplyLinks.find((l) => l.id === firm.link.id)?.annualValue).toBe(4321);
  });

  it('shows a CONFLICT when another user changed the firm first, keeps the input, and saves over it only when asked', async () => {
    await page.getByTestId('edit-properties').click();
    const city = page.getByTestId('firm-city');
    await city.waitFor();
    // meanwhile the administrator changes the firm
    const before = await gqlAs<{ enterprise: { version: number } }>('admin', FIRM, { c: firm.creditCode });
    await gqlAs(
      'admin',
      'mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "管理员改的市", province: "测试省" }) { version } }',
      { c: firm.creditCode },
    );

    await city.fill('编辑员改的市');
    await page.getByTestId('firm-save').click();
    const conflict = page.getByTestId('edit-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('已被他人修改');
    // field by field: the editor's value beside the other user's
    const cityRow = conflict.locator('[data-field="city"]');
    expect(await cityRow.textContent()).toContain('编辑员改的市');
    expect(await cityRow.textContent()).toContain('管理员改的市');
    expect(await conflict.locator('[data-field="province"]').textContent()).toContain('测试省');
    expect(await city.inputValue()).toBe('编辑员改的市');
    await screenshot(page, 'enterprise-edit-conflict');
    // nothing of the editor's was written
    const after = await gqlAs<{ enterprise: { city: string; version: number } }>('admin', FIRM, { c: firm.creditCode });
    expect(after.enterprise).toMatchObject({ city: '管理员改的市', version: before.enterprise.version + 1 });

    await page.getByTestId('conflict-overwrite').click();
    await page.getByTestId('firm-form').waitFor({ state: 'detached' });
    const saved = await gqlAs<{ enterprise: { city: string; province: string; version: number } }>('admin', FIRM, { c: firm.creditCode });
    // only the field the editor changed went over: the other user's province stays
    expect(saved.enterprise).toMatchObject({ city: '编辑员改的市', province: '测试省', version: before.enterprise.version + 2 });
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('reloads after a CONFLICT: drops the input, shows what is stored now and saves from that version', async () => {
    await page.getByTestId('edit-properties').click();
    const city = page.getByTestId('firm-city');
    await city.waitFor();
    await gqlAs('admin', 'mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "重新载入的市" }) { version } }', {
      c: firm.creditCode,
    });
    await city.fill('会被放弃的市');
    await page.getByTestId('firm-save').click();
    await page.getByTestId('edit-conflict').waitFor();
    await page.getByTestId('conflict-reload').click();
    await page.getByTestId('edit-conflict').waitFor({ state: 'detached' });
    await expect.poll(() => city.inputValue()).toBe('重新载入的市');
    // the form now holds the stored version: a save goes through without a conflict
    await city.fill('载入后改的市');
    await page.getByTestId('firm-save').click();
    await page.getByTestId('firm-form').waitFor({ state: 'detached' });
    const saved = await gqlAs<{ enterprise: { city: string } }>('admin', FIRM, { c: firm.creditCode });
    expect(saved.enterprise.city).toBe('载入后改的市');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('fits a 390 px wide screen: the edit form has no horizontal overflow', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('edit-properties').click();
    const form = page.getByTestId('firm-form');
    await form.waitFor();
    const overflow = await form.evaluate((el) => el.scrollWidth - el.clientWidth);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'enterprise-edit-390');
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
