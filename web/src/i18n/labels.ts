import type { TFunction } from 'i18next';
import type { DanishLevel } from '../gql/graphql.js';
import { formatHours } from '../pages/consultant/format.js';
import { enumLabel } from './enums.js';

/** A Danish level on a badge: "Dansk A2" / "Danish A2"; no Danish reads "Intet dansk" / "No Danish", never "Danish None". */
export const danishBadge = (t: TFunction, level: DanishLevel): string =>
  level === 'NONE' ? enumLabel(t, 'danishLevel', 'NONE') : t('consultant.match.danish', { level });

/**
 * Free hours on a badge ("12 t/uge ledig"): what is left of the week after placements, activities and
 * pending proposals, never more than the person said they can work (the comparison's hours row does
 * the same on the server), so a 15-hour person is not shown with 27 free hours.
 */
export const freeHoursBadge = (
  t: TFunction,
  c: { freeWeeklyHours: number; availableWeeklyHours: number },
  lang: string,
): string =>
  t('consultant.match.hours', {
    hours: formatHours(Math.max(0, Math.min(c.freeWeeklyHours, c.availableWeeklyHours)), lang),
  });
