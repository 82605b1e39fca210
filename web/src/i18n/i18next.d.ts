import 'i18next';
import type { Resources } from './index.js';

// Typed translation keys: a t('key') that no catalogue has fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
