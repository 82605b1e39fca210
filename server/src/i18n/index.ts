import { AsyncLocalStorage } from 'node:async_hooks';
import i18next, { type TOptions } from 'i18next';
import { type Catalogue, da } from './da.js';
import { en } from './en.js';

/**
 * The server's texts for people, in Danish (default) and English: one catalogue per language,
 * read with i18next like the portal's, so plural rules and number/date formats are the same.
 * Each request runs in its caller's language (user setting, else Accept-Language, else Danish);
 * code that throws an error or writes an explanation calls `t` and gets that language.
 */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogues: Record<Locale, Catalogue> = { da, en };

const i18n = i18next.createInstance();
void i18n.init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: 'da',
  fallbackLng: false,
  initAsync: false,
  // Texts go into JSON answers, never into HTML: the portal escapes when it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const requestLocale = new AsyncLocalStorage<{ locale: Locale }>();

/** Runs `fn` (a request) in a language; `t` inside it, however deep, answers in that language. */
export function runInLocale<T>(locale: Locale, fn: () => T): T {
  return requestLocale.run({ locale }, fn);
}

/** Changes the running request's language (once the caller is known and has a stored choice). */
export function setLocale(locale: Locale): void {
  const store = requestLocale.getStore();
  if (store) store.locale = locale;
}

/** The running request's language; Danish outside a request (scripts, background work). */
export function currentLocale(): Locale {
  return requestLocale.getStore()?.locale ?? 'da';
}

/** `da`/`en` from a stored choice or a header value; anything else is Danish. */
export function toLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'da';
}

// A plural's forms (`seconds_one`, `seconds_other`) are asked for by their base key with a count.
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the catalogue, e.g. `errors.login.wrongPassword`; a typo does not compile. */
export type MessageKey = Leaves<Catalogue>;

/** The text of `key` in the running request's language (or in `options.lng`). */
export function t(key: MessageKey, options?: TOptions & { lng?: Locale }): string {
  return i18n.t(key, { lng: currentLocale(), ...options }) as string;
}

/** The text of `key` in a given language, e.g. for a stored alert written for its reader. */
export function tIn(locale: Locale, key: MessageKey, options?: TOptions): string {
  return i18n.t(key, { ...options, lng: locale }) as string;
}

const intlLocale = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');

/**
 * Formatters built once per language and style: building an Intl formatter costs far more than
 * using one, and a page of search hits formats a date per person (under load, building them was
 * 6 % of the server's CPU).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  style: string,
  locale: Locale,
  make: (intl: string) => F,
): F {
  const key = `${style}:${locale}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make(intlLocale(locale));
    formatters.set(key, f);
  }
  return f;
}

/** A number for a person: "18,5" in Danish, "18.5" in English. */
export function formatNumber(n: number, locale: Locale = currentLocale(), maximumFractionDigits = 1): string {
  return formatter(
    `number${maximumFractionDigits}`,
    locale,
    (intl) => new Intl.NumberFormat(intl, { maximumFractionDigits }),
  ).format(n);
}

/** An amount of kroner for a person, always with øre: "152,50 kr." / "DKK 152.50". */
export function formatMoney(kr: number, locale: Locale = currentLocale()): string {
  return formatter(
    'money',
    locale,
    (intl) =>
      new Intl.NumberFormat(intl, {
        style: 'currency',
        currency: 'DKK',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  ).format(kr);
}

/** A date (YYYY-MM-DD or Date) for a person: "2. nov. 2026" / "2 Nov 2026", in Copenhagen time. */
export function formatDate(value: string | Date, locale: Locale = currentLocale()): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return formatter(
    'date',
    locale,
    (intl) =>
      new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Copenhagen' }),
  ).format(date);
}

/** A date for a spreadsheet cell, numeric so a spreadsheet reads it as a date: "05.01.2026" / "05/01/2026". */
export function formatDateNumeric(value: string, locale: Locale = currentLocale()): string {
  return formatter(
    'dateNumeric',
    locale,
    (intl) => new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${value.slice(0, 10)}T12:00:00Z`));
}

/** "A, B or C" in the running request's language. */
export function listOr(items: readonly string[], locale: Locale = currentLocale()): string {
  return formatter('or', locale, (intl) => new Intl.ListFormat(intl, { type: 'disjunction' })).format(items);
}

/** A group of enum labels in the catalogue, e.g. `taskStatus`. */
export type EnumKey = keyof Catalogue['enums'];

/** A moment for a person: "6. dec. 2026 13.05" / "6 Dec 2026, 13:05", in Copenhagen time. */
export function formatDateTime(value: Date, locale: Locale = currentLocale()): string {
  return formatter(
    'dateTime',
    locale,
    (intl) =>
      new Intl.DateTimeFormat(intl, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Copenhagen',
      }),
  ).format(value);
}
