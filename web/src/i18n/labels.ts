import type { TFunction } from 'i18next';
import type { DanishLevel } from '../gql/graphql.js';
import { enumLabel } from './enums.js';

/** A Danish level on a badge: "Dansk A2" / "Danish A2"; no Danish reads "Intet dansk" / "No Danish", never "Danish None". */
export const danishBadge = (t: TFunction, level: DanishLevel): string =>
  level === 'NONE' ? enumLabel(t, 'danishLevel', 'NONE') : t('consultant.match.danish', { level });
