import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as admin from '../pages/admin/messages.js';
import * as journal from '../pages/adviser/messages.journal.js';
import * as adviser from '../pages/adviser/messages.js';
import * as progress from '../pages/adviser/messages.progress.js';
import * as company from '../pages/company/messages.js';
import * as consultant from '../pages/consultant/messages.js';
import * as overview from '../pages/overview/messages.js';
import { da } from './da.js';
import { en } from './en.js';

// Each workspace owns its texts under its own key.
const workspaces = { admin, adviser, company, consultant, overview, journal, progress };
const bundle = (lang: 'da' | 'en') => ({
  ...(lang === 'da' ? da : en),
  ...Object.fromEntries(Object.entries(workspaces).map(([key, m]) => [key, m[lang]])),
});

/** The Danish catalogue's shape, which the English one must match: the keys `t()` accepts. */
export type Resources = typeof da & { [W in keyof typeof workspaces]: (typeof workspaces)[W]['da'] };

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('jobbro.lang') : null;
const initial: Language = stored === 'en' ? 'en' : 'da';
// Screen readers and the browser's spelling and hyphenation follow the chosen language after a reload too.
if (typeof document !== 'undefined') document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { da: { translation: bundle('da') }, en: { translation: bundle('en') } },
  lng: initial,
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: Language) {
  localStorage.setItem('jobbro.lang', lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
