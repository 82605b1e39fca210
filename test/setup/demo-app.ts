import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_LOGINS, seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import type { Role, User } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { createTestApp, type GqlClient, type TestApp } from './test-app.js';

/** The test app most integration files start from: its own database with the demo users and company. */
export interface DemoApp extends TestApp {
  /** A fresh EntityManager (a fork: nothing cached between calls). */
  em: () => EntityManager;
  /** The demo users, one per role (password demo1234). */
  users: User[];
  /** The demo company (industry 52) that the demo COMPANY user belongs to. */
  company: Company;
  userOf: (role: Role) => User;
  /** A client logged in as the demo user of `role`; answers in Danish unless `language` says otherwise. */
  as: (role: Role, language?: 'da' | 'en') => Promise<GqlClient>;
}

/** The demo user's e-mail address for a role. */
export function demoEmail(role: Role): string {
  return DEMO_LOGINS.find((d) => d.role === role)!.email;
}

/** `createTestApp(env)` with the demo users seeded. */
export async function createDemoApp(env: Record<string, string> = {}): Promise<DemoApp> {
  const t = await createTestApp(env);
  const em = () => t.runtime.orm.em.fork() as EntityManager;
  const { users, company } = await seedDemoUsers(em());
  return {
    ...t,
    em,
    users,
    company,
    userOf: (role) => users.find((u) => u.role === role)!,
    as: (role, language) => {
      const c = t.client();
      return (language ? c.in(language) : c).login(demoEmail(role));
    },
  };
}
