// Kept up to date by `npm run db:migration:create`: MikroORM imports migrations
// through this static list, so vitest and the compiled server load the same code.
import { Migration20261123145217 } from './Migration20261123145217.js';
import { Migration20261123145955 } from './Migration20261123145955.js';
import { Migration20261206065415 } from './Migration20261206065415.js';
import { Migration20261206065504 } from './Migration20261206065504.js';
import { Migration20261206070544 } from './Migration20261206070544.js';
import { Migration20261206072346 } from './Migration20261206072346.js';
import { Migration20261206073549 } from './Migration20261206073549.js';
import { Migration20261206101350 } from './Migration20261206101350.js';
import { Migration20261206131029 } from './Migration20261206131029.js';
import { Migration20261206131159 } from './Migration20261206131159.js';
import { Migration20261206132154 } from './Migration20261206132154.js';
import { Migration20261206163204 } from './Migration20261206163204.js';
import { Migration20261206170854 } from './Migration20261206170854.js';
import { Migration20261206171000 } from './Migration20261206171000.js';
import { Migration20261206174846 } from './Migration20261206174846.js';
import { Migration20261206202634 } from './Migration20261206202634.js';
import { Migration20261206205500 } from './Migration20261206205500.js';
import { Migration20261206210500 } from './Migration20261206210500.js';
import { Migration20261206215000 } from './Migration20261206215000.js';
import { Migration20261206234323 } from './Migration20261206234323.js';
import { Migration20261207032703 } from './Migration20261207032703.js';
import { Migration20261207060000 } from './Migration20261207060000.js';
import { Migration20261207230847 } from './Migration20261207230847.js';
import { Migration20261208031500 } from './Migration20261208031500.js';

export const migrationsList = [
  { name: 'Migration20261123145217', class: Migration20261123145217 },
  { name: 'Migration20261123145955', class: Migration20261123145955 },
  { name: 'Migration20261206065415', class: Migration20261206065415 },
  { name: 'Migration20261206065504', class: Migration20261206065504 },
  { name: 'Migration20261206070544', class: Migration20261206070544 },
  { name: 'Migration20261206072346', class: Migration20261206072346 },
  { name: 'Migration20261206073549', class: Migration20261206073549 },
  { name: 'Migration20261206101350', class: Migration20261206101350 },
  { name: 'Migration20261206131029', class: Migration20261206131029 },
  { name: 'Migration20261206131159', class: Migration20261206131159 },
  { name: 'Migration20261206132154', class: Migration20261206132154 },
  { name: 'Migration20261206163204', class: Migration20261206163204 },
  { name: 'Migration20261206170854', class: Migration20261206170854 },
  { name: 'Migration20261206171000', class: Migration20261206171000 },
  { name: 'Migration20261206174846', class: Migration20261206174846 },
  { name: 'Migration20261206202634', class: Migration20261206202634 },
  { name: 'Migration20261206205500', class: Migration20261206205500 },
  { name: 'Migration20261206210500', class: Migration20261206210500 },
  { name: 'Migration20261206215000', class: Migration20261206215000 },
  { name: 'Migration20261206234323', class: Migration20261206234323 },
  { name: 'Migration20261207032703', class: Migration20261207032703 },
  { name: 'Migration20261207060000', class: Migration20261207060000 },
  { name: 'Migration20261207230847', class: Migration20261207230847 },
  { name: 'Migration20261208031500', class: Migration20261208031500 },
];
