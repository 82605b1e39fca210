import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../features/auth/password.js';
import { Role, User } from '../../features/auth/user.entity.js';
import { Company, PartnershipTier, Sector } from '../../features/companies/company.entity.js';
import { Industry } from '../../features/industries/industry.entity.js';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_LOGINS = [
  { email: 'admin@demo.dk', role: Role.ADMIN, name: 'Anne Admin' },
  { email: 'konsulent@demo.dk', role: Role.CONSULTANT, name: 'Kasper Konsulent' },
  { email: 'raadgiver@demo.dk', role: Role.ADVISER, name: 'Rikke Rådgiver' },
  { email: 'virksomhed@demo.dk', role: Role.COMPANY, name: 'Vibeke Virksomhed' },
] as const;

/** The consultant's demo portfolio: warehousing, cleaning, food service, care, construction. */
export const DEMO_PORTFOLIO = ['52', '81', '56', '87', '88', '43'];

/** One user per role, all with the demo password, and the demo company user's own company. */
export async function seedDemoUsers(em: EntityManager): Promise<{ users: User[]; company: Company }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const portfolio = await em.find(Industry, { code: { $in: DEMO_PORTFOLIO } });
  const users = DEMO_LOGINS.map((d) => em.create(User, { email: d.email, name: d.name, role: d.role, passwordHash }));
  const consultant = users.find((u) => u.role === Role.CONSULTANT)!;
  consultant.industries.set(portfolio);
  const company = em.create(Company, {
    cvr: '10150817',
    name: 'Fynsk Lager & Logistik A/S',
    industry: em.getReference(Industry, '52'),
    tier: PartnershipTier.PARTNER,
    sector: Sector.PRIVATE,
    postcode: '5220',
    consultant,
    contactCadenceDays: 21,
    mentorCount: 3,
    mentorLanguages: ['da', 'ar', 'en'],
  });
  users.find((u) => u.role === Role.COMPANY)!.company = ref(company);
  await em.flush();
  return { users, company };
}
