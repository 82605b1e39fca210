import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../../features/companies/company.entity.js';
import { Mentor } from '../../features/mentors/mentor.entity.js';
import { addDays } from '../../shared/dates.js';

/** Mentors as the demo company and its neighbours keep them: languages the demo's people speak. */
const DEMO_COMPANY_MENTORS = [
  { name: 'Selam Haile', languages: ['dansk', 'tigrinya', 'engelsk'], trainedDaysAgo: 430, maxInterns: 2 },
  { name: 'Karim Haddad', languages: ['dansk', 'arabisk'], trainedDaysAgo: 250, maxInterns: 1 },
];
const OTHER_MENTORS = [
  { name: 'Samir Nazari', languages: ['dansk', 'dari', 'persisk'], trainedDaysAgo: 610, maxInterns: 2 },
  { name: 'Layla Hassan', languages: ['dansk', 'arabisk', 'somali'], trainedDaysAgo: 120, maxInterns: 1 },
  { name: 'Mette Larsen', languages: ['dansk', 'engelsk'], trainedDaysAgo: 900, maxInterns: 3 },
  { name: 'Yonas Gebre', languages: ['dansk', 'tigrinya', 'amharisk'], trainedDaysAgo: 75, maxInterns: 1 },
];

/**
 * A few trained mentors (issue 16.4), so the mentor-language factor shows in the demo: two at the demo company,
 * one each at the first four other companies (by CVR) with an open task. Deterministic for a seed and a day.
 */
export async function seedDemoMentors(em: EntityManager, demoCompanyId: string, today: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `select c.id from company c
      where c.id <> ? and exists (select 1 from unsolved_task t where t.company_id = c.id and t.status = 'OPEN')
      order by c.cvr limit ?`,
    [demoCompanyId, OTHER_MENTORS.length],
  );
  const plan = [
    ...DEMO_COMPANY_MENTORS.map((m) => ({ ...m, companyId: demoCompanyId })),
    ...rows.map((r, i) => ({ ...OTHER_MENTORS[i]!, companyId: r.id })),
  ];
  for (const m of plan) {
    em.create(Mentor, {
      company: em.getReference(Company, m.companyId),
      name: m.name,
      languages: m.languages,
      trainedOn: addDays(today, -m.trainedDaysAgo),
      maxInterns: m.maxInterns,
    });
  }
  await em.flush();
  return plan.length;
}
