import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, loginAs, screenshot } from './browser.js';

describe.skipIf(!CHROMIUM)('browser end-to-end: login', () => {
  let t: TestApp;
  /** A Danish caseworker's browser for the Danish portal; an English reader's for switching to English. */
  const browsers = browsersByLanguage();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoUsers(t.runtime.orm.em.fork());
  });
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  it('renders the login page in Danish', async () => {
    const page = await (await browsers.context('da')).newPage();
    await page.goto(`${t.url}/`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Log ind' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await expectAccessible(page);
    await screenshot(page, 'login');
    await page.context().close();
  });

  it('rejects a wrong password with a message', async () => {
    const page = await (await browsers.context('da')).newPage();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('E-mail').fill('konsulent@demo.dk');
    await page.getByLabel('Adgangskode').fill('wrong-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Forkert e-mail eller adgangskode');
    await page.context().close();
  });

  it('switches to English on the login page: the page, the server’s message and <html lang> follow, also after a reload', async () => {
    // An English reader's browser still opens the portal in Danish (the municipality's language) until switched.
    const context = await browsers.context('en');
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('E-mail').fill('konsulent@demo.dk');
    await page.locator('input[type="password"]').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Wrong e-mail or password.');
    await screenshot(page, 'login-en-wrong-password');
    await page.reload();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page);
    await context.close();
  });

  it("stores a logged-in user's language: the next login on another machine opens in it", async () => {
    const first = await browsers.context('da');
    const page = await first.newPage();
    await loginAs(page, t.url, 'raadgiver@demo.dk');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await first.close();
    const second = await browsers.context('da');
    const other = await second.newPage();
    await loginAs(other, t.url, 'raadgiver@demo.dk');
    await other.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('en');
    await second.close();
    // Back to Danish for the tests after this one.
    const em = t.runtime.orm.em.fork();
    await em.nativeUpdate('User', { email: 'raadgiver@demo.dk' }, { language: null });
  });

  for (const demo of DEMO_LOGINS) {
    it(`logs ${demo.email} in to the ${demo.role} home page`, async () => {
      const context = await browsers.context('da');
      const page = await context.newPage();
      await loginAs(page, t.url, demo.email);
      await expect.poll(() => page.getByTestId('home-title').textContent()).toContain(demo.name);
      const badge = await page.getByTestId('role-badge').textContent();
      const expected = {
        ADMIN: 'Administrator',
        CONSULTANT: 'Virksomhedskonsulent',
        ADVISER: 'Jobrådgiver',
        COMPANY: 'Virksomhed',
      };
      expect(badge).toBe(expected[demo.role]);
      await expectAccessible(page);
      await screenshot(page, `home-${demo.role.toLowerCase()}`);
      await context.close();
    });
  }
});
