import { Meilisearch } from 'meilisearch';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { AuthService } from './features/auth/auth.service.js';

/** The composition root: every long-lived service, built once per process. */
export interface Services {
  orm: Orm;
  meili: Meilisearch;
  auth: AuthService;
  /** Starts background work (the index worker); stopped by shutdown. */
  startBackground?: () => Promise<void>;
}

export interface Connections {
  orm: Orm;
  meiliUrl: string;
  meiliKey: string;
}

export function createServices(config: Config, conn: Connections): Services {
  const meili = new Meilisearch({ host: conn.meiliUrl, apiKey: conn.meiliKey, timeout: config.searchTimeoutMs });
  return { orm: conn.orm, meili, auth: new AuthService(config) };
}
