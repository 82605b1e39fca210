import { registerEnumType } from 'type-graphql';

/** CEFR levels: the canonical scale for Danish (DU/module is optional detail). */
export enum DanishLevel {
  NONE = 'NONE',
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}
registerEnumType(DanishLevel, { name: 'DanishLevel', description: 'CEFR level, NONE below A1' });

export const DANISH_ORDER = Object.values(DanishLevel);
