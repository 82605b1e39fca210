import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da.js';
import { en } from './en.js';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('jobbro.lang') : null;

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'da',
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: Language) {
  localStorage.setItem('jobbro.lang', lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
