import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

// CI must run the browser flows: there a missing Chromium fails every e2e file; elsewhere they report as skipped.
if (!CHROMIUM) {
  const hint = 'Chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)';
  if (process.env.CI === 'true') throw new Error(`CI must run the browser tests: ${hint}.`);
  console.warn(`\n*** Browser tests SKIPPED: ${hint}. ***\n`);
}

/** The language of the browser itself: a Danish caseworker's Chromium, or an English-speaking user's. */
export type BrowserLanguage = 'da' | 'en';

/** The locale each language's browser reports (navigator.language, Accept-Language, Intl's default). */
export const BROWSER_LOCALE: Record<BrowserLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * Chromium on Linux draws date fields (dd.mm.åååå, dd/mm/yyyy, mm/dd/yyyy) in the language of the browser
 * process, from the environment, and only when its translations are installed (Debian's chromium-l10n): a
 * context's `locale` changes navigator.language and Intl but not the date fields, and `<input lang>` is not
 * honoured. So a browser in a language is launched in it.
 */
const PROCESS_LANGUAGE: Record<BrowserLanguage, Record<string, string>> = {
  da: { LANGUAGE: 'da', LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' },
  en: { LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' },
};

const L10N_PAK = '/usr/lib/chromium/locales/da.pak';
if (CHROMIUM === '/usr/bin/chromium' && !fs.existsSync(L10N_PAK)) {
  console.warn(
    "\n*** Chromium's translations are missing (apt-get install -y chromium-l10n): date fields show mm/dd/yyyy in every language. ***\n",
  );
}

/**
 * Debian's Chromium, headless, with the flags this closed network needs. With `lang`, the browser is that
 * language's (its date fields, navigator.language and Accept-Language); without, Chromium's default (en-US).
 */
export async function launchBrowser(lang?: BrowserLanguage): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install -y chromium).');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...(lang ? { env: { ...process.env, ...PROCESS_LANGUAGE[lang] } } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // No transitions: axe must not catch a dialog half faded in.
      '--force-prefers-reduced-motion',
    ],
  });
}

export const SCREENSHOT_DIR = path.resolve('test/e2e/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Where the pointer rests before axe runs or a screenshot is taken: a hovered filled button is a shade lighter
 * than at rest (white on teal below 4.5:1, a matter of the shared theme), so the pointer is moved off the last
 * clicked one. 'corner': the header's top-left corner; 'navbar': empty space at the foot of the side menu.
 */
export type PointerRest = 'corner' | 'navbar';

export async function restPointer(page: Page, at: PointerRest = 'corner') {
  if (at === 'corner') await page.mouse.move(0, 0);
  else await page.mouse.move(5, 880);
}

/** A full-page screenshot from the top (the fixed header would otherwise sit mid-page), pointer at rest. */
export async function screenshotFromTop(page: Page, name: string, at: PointerRest = 'corner'): Promise<string> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await restPointer(page, at);
  return screenshot(page, name);
}

/** The portal's message namespaces (web/src/i18n): a key of one on the screen was not translated. */
const KEY_NAMESPACES =
  'admin|adviser|agreement|common|company|consultant|form|home|hours|journal|login|nav|overview|progress|roles|skillLevel';
const RAW_KEY = new RegExp(`(?<![.\\w@/-])(?:${KEY_NAMESPACES})\\.[a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_.]+)?\\b(?![@/\\w-])`);

/** No i18n key may reach the screen untranslated ("consultant.compare.title", "hours.planned" and the like). */
export async function expectNoRawKeys(page: Page) {
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).not.toMatch(RAW_KEY);
}

export async function loginAs(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill('demo1234');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByTestId('home-title').waitFor();
}

/** A page in its own context, in the locale of `lang`'s browser (launch that browser with `launchBrowser(lang)`). */
export function newPage(browser: Browser, lang: BrowserLanguage, options: BrowserContextOptions = {}): Promise<Page> {
  return browser.newPage({ locale: BROWSER_LOCALE[lang], ...options });
}

/**
 * A Danish and an English reader's browser, each launched when first asked for: files that walk the same
 * screens in both languages open each walk's pages in that language's browser (date fields, Intl, locale).
 */
export function browsersByLanguage() {
  const open = new Map<BrowserLanguage, Promise<Browser>>();
  const get = (lang: BrowserLanguage) => {
    let b = open.get(lang);
    if (!b) {
      b = launchBrowser(lang);
      open.set(lang, b);
    }
    return b;
  };
  return {
    get,
    /** A new context in `lang`'s browser, in its locale. */
    context: async (lang: BrowserLanguage, options: BrowserContextOptions = {}) =>
      (await get(lang)).newContext({ locale: BROWSER_LOCALE[lang], ...options }),
    close: async () => {
      for (const b of open.values()) await (await b).close();
    },
  };
}
