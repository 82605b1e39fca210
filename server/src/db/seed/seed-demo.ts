import type { Services } from '../../services.js';
import { seedDemoUsers } from './demo-users.js';

export interface SeedOptions {
  candidates?: number;
  companies?: number;
}

/** Loads the demo: one user per role and a lively set of companies, openings and candidates. */
export async function seedDemo(services: Services, _opts: SeedOptions): Promise<string> {
  const em = services.orm.em.fork();
  const { users } = await seedDemoUsers(em);
  return `${users.length} users`;
}
