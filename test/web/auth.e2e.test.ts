import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot, testUsers } from '../helpers/browser.js';

/**
 * Signing in and out in the browser: the sign-in page (Chinese first) when nobody is signed in,
 * the user menu (change password, sign out), menus per role, and the admin page (users, roles,
 * the audit log).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signInThroughPage(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** Creates an account as the administrator (the API, with the admin's session). */
async function createAccount(username: string, password: string, role: string): Promise<void> {
  const cookie = JSON.parse(process.env.CHAINATLAS_TEST_COOKIES!).admin as string;
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
      variables: { i: { username, role, password } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

describe('signing in', () => {
  it('shows only the sign-in page, in Chinese, to someone not signed in — on any path', async () => {
    const page = await openPage(browser, '/targets', { as: null });
    await page.getByTestId('signin-form').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('登录');
    expect(text).toContain('用户名');
    expect(text).toContain('仅限授权人员使用');
    expect(await page.locator('nav.tabs').count()).toBe(0);
    await screenshot(page, 'sign-in');
    expect(pageErrorsOf.get(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses a wrong password with a clear message, then signs in and shows the app', async () => {
    const { analyst } = testUsers();
    const page = await openPage(browser, '/', { as: null });
    await signInThroughPage(page, analyst.username, 'not the password');
    await expect(page.getByTestId('signin-error').innerText()).resolves.toContain('用户名或密码错误');
    await signInThroughPage(page, analyst.username, analyst.password);
    await page.getByTestId('panorama-summary').waitFor();
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('招商人员');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'chainatlas_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('chainatlas_session');
    await page.context().close();
  });

  it('signs out from the user menu: back to the sign-in page, also after a reload', async () => {
    const { viewer } = testUsers();
    const page = await openPage(browser, '/', { as: null });
    await signInThroughPage(page, viewer.username, viewer.password);
    await page.getByTestId('panorama-summary').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-sign-out').click();
    await page.getByTestId('signin-form').waitFor();
    await page.reload();
    await page.getByTestId('signin-form').waitFor();
    expect(await page.getByTestId('panorama-summary').count()).toBe(0);
    await page.context().close();
  });

  it('changes the password from the user menu', async () => {
    await createAccount('e2e-password', 'first password 1', 'VIEWER');
    const page = await openPage(browser, '/', { as: null });
    await signInThroughPage(page, 'e2e-password', 'first password 1');
    await page.getByTestId('panorama-summary').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    await page.getByTestId('password-current').fill('first password 1');
    await page.getByTestId('password-new').fill('second password 2');
    await page.getByTestId('password-confirm').fill('second password 2');
    await page.getByTestId('password-save').click();
    await expect(page.getByTestId('password-changed').innerText()).resolves.toContain('密码已修改');
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-sign-out').click();
    await signInThroughPage(page, 'e2e-password', 'first password 1');
    await page.getByTestId('signin-error').waitFor();
    await signInThroughPage(page, 'e2e-password', 'second password 2');
    await page.getByTestId('panorama-summary').waitFor();
    await page.context().close();
  });
});

describe('what each role sees', () => {
  it('hides target lists, import and administration from a viewer, and the server refuses them anyway', async () => {
    const page = await openPage(browser, '/', { as: 'viewer' });
    await page.getByTestId('panorama-summary').waitFor();
    const nav = await page.locator('nav.tabs').innerText();
    expect(nav).toContain('全景图');
    expect(nav).not.toContain('招商目标');
    expect(nav).not.toContain('导入');
    expect(nav).not.toContain('系统管理');
    await page.goto(appUrl('/admin'));
    await page.locator('[data-code="FORBIDDEN"]').first().waitFor();
    await page.context().close();
  });

  it('shows a viewer single-source risks with values as bands and outside suppliers unnamed', async () => {
    const page = await openPage(browser, '/chain', { as: 'viewer' });
    await page.getByTestId('cluster-card').filter({ hasText: '临清轴承' }).click();
    await page.getByTestId('tab-risks').click();
    // every row (the tab opens on the risks grouped by segment)
    await page.getByTestId('risks-view-rows').click();
    const rows = page.getByTestId('risks-tab').locator('tbody tr');
    await rows.first().waitFor();
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => ({ text: (td as HTMLElement).innerText.trim(), link: td.querySelector('a') !== null })),
      ),
    );
    expect(cells.length).toBeGreaterThan(0);
    // [buyer, segment, supplier, local, value]
    for (const [, , supplier, local, value] of cells) {
      expect(value!.text).toMatch(/^(2000万以下|2000万–1亿|1–5亿|5–10亿|10–50亿|50亿以上)$/);
      if (local!.text === '外地') expect(supplier).toEqual({ text: '外地供应商（不显示）', link: false });
      else expect(supplier!.link).toBe(true);
    }
    expect(cells.some(([, , , local]) => local!.text === '外地')).toBe(true);
    expect(pageErrorsOf.get(page)).toEqual([]);
    await screenshot(page, 'chain-map-risks-viewer');
    await page.context().close();
  });

  it('shows an editor the import page and an analyst the target lists, without administration', async () => {
    const editor = await openPage(browser, '/', { as: 'editor' });
    await editor.getByTestId('panorama-summary').waitFor();
    expect(await editor.locator('nav.tabs').innerText()).toContain('导入');
    expect(await editor.locator('nav.tabs').innerText()).not.toContain('系统管理');
    await editor.context().close();
    const analyst = await openPage(browser, '/', { as: 'analyst' });
    await analyst.getByTestId('panorama-summary').waitFor();
    expect(await analyst.locator('nav.tabs').innerText()).toContain('招商目标');
    expect(await analyst.locator('nav.tabs').innerText()).not.toContain('导入');
    await analyst.context().close();
  });
});

describe('the admin page', () => {
  it('creates a user (password shown once), changes the role, and shows it all in the audit log', async () => {
    const page = await openPage(browser, '/admin');
    await page.getByTestId('users-table').waitFor();
    expect(await page.getByTestId('users-table').innerText()).toContain('e2e-viewer');
    await page.getByTestId('new-username').fill('e2e-newcomer');
    await page.getByTestId('new-name').fill('新同事');
    await page.getByTestId('new-role').selectOption('EDITOR');
    await page.locator('.cluster-picks input[type=checkbox]').first().check();
    await page.getByTestId('new-submit').click();
    await expect(page.getByTestId('admin-secret-password').innerText()).resolves.toMatch(/^[A-Za-z0-9]{20}$/);
    await page.getByTestId('user-e2e-newcomer').waitFor();
    await page.getByTestId('role-e2e-newcomer').selectOption('ANALYST');
    await expect.poll(async () => page.getByTestId('role-e2e-newcomer').inputValue()).toBe('ANALYST');
    await screenshot(page, 'admin-users');

    await page.getByTestId('admin-tab-audit').click();
    await page.getByTestId('audit-table').waitFor();
    const log = await page.getByTestId('audit-table').innerText();
    expect(log).toContain('user.create');
    expect(log).toContain('user.update');
    expect(log).toContain('"role":"analyst"');
    await page.getByTestId('audit-entity').selectOption('Session');
    await expect.poll(async () => (await page.getByTestId('audit-table').innerText()).includes('auth.signIn')).toBe(true);
    await screenshot(page, 'admin-audit');
    expect(pageErrorsOf.get(page)).toEqual([]);
    await page.context().close();
  });
});
