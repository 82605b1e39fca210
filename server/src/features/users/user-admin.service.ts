import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { t } from '../../i18n/index.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { type Connection, paginate } from '../../shared/pagination.js';
import { parseInput, personName, say } from '../../shared/validate.js';
import { hashPassword } from '../auth/password.js';
import { passwordProblem } from '../auth/password-strength.js';
import { Session } from '../auth/session.entity.js';
import { Role, User } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { Industry, IndustryLevel } from '../industries/industry.entity.js';
import type { CreateUserInput, UpdateUserInput } from './user-admin.inputs.js';

const createSchema = (locale: 'da' | 'en') =>
  z
    .object({
      email: z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .pipe(
          z
            .string()
            .email({ error: say('users.emailInvalid') })
            .max(254),
        ),
      name: personName('name', 200),
      role: z.enum(Role),
      password: z.string().max(200).nullish(),
      companyId: z
        .string()
        .uuid({ error: () => t('validation.invalidId', { id: 'companyId' }) })
        .nullish(),
      industryCodes: z
        .array(z.string())
        .max(30, { error: say('users.industriesMax', { max: 30 }) })
        .nullish(),
    })
    .superRefine((v, ctx) => {
      // Common passwords, repeats and the user's own e-mail or name are refused (zxcvbn).
      const problem =
        typeof v.password === 'string' ? passwordProblem(v.password, [v.email ?? '', v.name ?? ''], locale) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    });

/** Users and their roles: ADMIN only. A role change or deactivation ends the user's sessions at once. */
export class UserAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly locale: 'da' | 'en' = 'da',
  ) {}

  /** Lists users, optionally of one role. */
  list(
    role: Role | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<User>> {
    return paginate(this.em, User, role ? { role } : {}, { first, after, orderBy: { email: 'asc' } });
  }

  /** Creates a user; COMPANY users need their company, consultants may get a portfolio. */
  async create(input: CreateUserInput): Promise<User> {
    const v = parseInput(createSchema(this.locale), input);
    return this.em.transactional(async (em) => {
      if (await em.count(User, { email: v.email })) throw badInput('email', t('users.emailTaken', { email: v.email }));
      const user = em.create(User, {
        email: v.email,
        name: v.name,
        role: v.role,
        passwordHash: v.password ? await hashPassword(v.password) : null,
      });
      await this.applyCompanyAndPortfolio(em, user, v.role, v.companyId, v.industryCodes);
      return user;
    });
  }

  /** Changes name, role, company, portfolio or active state. */
  async update(id: string, input: UpdateUserInput): Promise<User> {
    // Ids are uuids: anything else names no user or company (and must not reach PostgreSQL as one).
    if (input.companyId && !isUuid(input.companyId))
      throw badInput('companyId', t('validation.invalidId', { id: input.companyId.slice(0, 40) }));
    return this.em.transactional(async (em) => {
      const user = isUuid(id) ? await em.findOne(User, { id }) : null;
      if (!user) throw notFound('user', id);
      if (input.name !== undefined && input.name !== null) user.name = parseInput(personName('name', 200), input.name);
      const newRole = input.role ?? user.role;
      const revoke = (input.role && input.role !== user.role) || input.active === false;
      if (input.role) user.role = input.role;
      if (input.active !== undefined && input.active !== null) user.active = input.active;
      await this.applyCompanyAndPortfolio(
        em,
        user,
        newRole,
        input.companyId ?? user.company?.id ?? null,
        input.industryCodes ?? null,
      );
      if (revoke) {
        // Sessions from before the change stop working on their next request.
        user.sessionEpoch += 1;
        await em.nativeDelete(Session, { user: user.id });
      }
      return user;
    });
  }

  private async applyCompanyAndPortfolio(
    em: EntityManager,
    user: User,
    role: Role,
    companyId: string | null | undefined,
    codes: string[] | null | undefined,
  ) {
    if (role === Role.COMPANY) {
      if (!companyId) throw badInput('companyId', t('users.companyMissing'));
      const company = await em.findOne(Company, { id: companyId });
      if (!company) throw badInput('companyId', t('users.companyUnknown'));
      user.company = em.getReference(Company, company.id, { wrapped: true });
    } else {
      user.company = null;
    }
    if (codes) {
      const industries = await em.find(Industry, { code: { $in: codes }, level: IndustryLevel.DIVISION });
      const unknown = codes.filter((c) => !industries.some((i) => i.code === c));
      if (unknown.length)
        throw badInput('industryCodes', t('users.industryUnknown', { code: unknown[0]?.slice(0, 20) }));
      user.industries.set(industries);
    }
  }
}
