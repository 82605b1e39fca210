import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { User } from '../features/auth/user.entity.js';
import type { SearchIndex } from '../search/search-index.js';
import type { Services } from '../services.js';
import { todayInDenmark } from './clock.js';

/** Where services read the time: the moment, and the job centre's calendar day (Europe/Copenhagen). */
export interface Clock {
  now(): Date;
  today(): string;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date(), today: () => todayInDenmark() };

/**
 * What a service gets: the request-scoped EntityManager, the caller, the configuration, the caller's
 * language, the clock and the search index. Nothing of HTTP: cookies and the caller's address belong
 * to the resolvers and the auth layer, so a service runs the same from a script or a test.
 */
export interface ServiceContext {
  em: EntityManager;
  user: User | null;
  config: Config;
  locale: 'da' | 'en';
  clock: Clock;
  search: SearchIndex;
}

/** What every resolver gets: the service context, and the request's HTTP side and the process's services. */
export interface Context extends ServiceContext {
  sessionTokenHash: string | null;
  req: Request;
  res: Response;
  services: Services;
  ip: string;
}
