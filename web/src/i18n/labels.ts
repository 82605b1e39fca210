import type { TFunction } from 'i18next';
import type { DanishLevel } from '../gql/graphql.js';
import { formatHours } from '../pages/consultant/format.js';
import { enumLabel } from './enums.js';

/** A Danish level on a badge: "Dansk A2" / "Danish A2"; no Danish reads "Intet dansk" / "No Danish", never "Danish None". */
export const danishBadge = (t: TFunction, level: DanishLevel): string =>
  level === 'NONE' ? enumLabel(t, 'danishLevel', 'NONE') : t('consultant.match.danish', { level });

/**
 * Free hours on a badge ("12 t/uge ledig"): the server's workableFreeHours, the same number as the
 * comparison's hours row (what is left of the week, never more than the person said they can work).
 */
export const freeHoursBadge = (t: TFunction, c: { workableFreeHours: number }, lang: string): string =>
  t('consultant.match.hours', { hours: formatHours(c.workableFreeHours, lang) });
