import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { User } from '../features/auth/user.entity.js';
import type { Services } from '../services.js';

/** What every resolver gets: a request-scoped EntityManager, the caller, and the services. */
export interface Context {
  em: EntityManager;
  user: User | null;
  sessionTokenHash: string | null;
  req: Request;
  res: Response;
  config: Config;
  services: Services;
  ip: string;
  locale: 'da' | 'en';
}
