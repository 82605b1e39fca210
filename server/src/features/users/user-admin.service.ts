import { randomBytes } from 'node:crypto';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { t } from '../../i18n/index.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { type Connection, paginate } from '../../shared/pagination.js';
import { parseInput, personName, say } from '../../shared/validate.js';
import { audit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { passwordProblem } from '../auth/password-strength.js';
import { Session } from '../auth/session.entity.js';
import { Role, User } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { containsPattern } from '../companies/company.service.js';
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
            .email({ error: say('admin.emailInvalid') })
            .max(254, { error: say('admin.emailInvalid') }),
        ),
      name: personName('name', 200),
      role: z.enum(Role),
      password: z.string().max(200).nullish(),
      companyId: z
        .string()
        .uuid({ error: say('admin.companyIdInvalid') })
        .nullish(),
      industryCodes: z
        .array(z.string())
        .max(30, { error: say('admin.industriesMax') })
        .nullish(),
    })
    .superRefine((v, ctx) => {
      // Common passwords, repeats and the user's own e-mail or name are refused (zxcvbn).
      const problem =
        typeof v.password === 'string' ? passwordProblem(v.password, [v.email ?? '', v.name ?? ''], locale) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    });

/** A temporary password handed to the user by the administrator: 120 random bits, readable aloud in groups. */
function temporaryPassword(): string {
  const raw = randomBytes(15).toString('base64url').replace(/[-_]/g, 'x');
  return raw.match(/.{1,5}/g)!.join('-');
}

/**
 * Users and their roles: ADMIN only. A role change, deactivation or password reset ends the user's
 * sessions at once; every change is audit-logged with the user as subject. An administrator can
 * neither deactivate nor demote themselves, and the last active administrator always stays.
 */
export class UserAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly locale: 'da' | 'en' = 'da',
    private readonly actor: User | null = null,
  ) {}

  /** Lists users, optionally of one role, active or not, and whose name or e-mail contains `search`. */
  list(
    filter: { role?: Role | null; active?: boolean | null; search?: string | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<User>> {
    const where: Record<string, unknown> = {};
    if (filter.role) where.role = filter.role;
    if (typeof filter.active === 'boolean') where.active = filter.active;
    const search = filter.search?.trim().slice(0, 100);
    if (search) {
      const like = containsPattern(search.toLowerCase());
      where.$or = [{ name: { $ilike: like } }, { email: { $ilike: like } }];
    }
    return paginate(this.em, User, where, { first, after, orderBy: { email: 'asc' } });
  }

  /** Creates a user; COMPANY users need their company, consultants may get a portfolio. */
  async create(input: CreateUserInput): Promise<User> {
    const v = parseInput(createSchema(this.locale), input);
    return this.em.transactional(async (em) => {
      if (await em.count(User, { email: v.email })) throw badInput('email', t('admin.emailTaken', { email: v.email }));
      const user = em.create(User, {
        email: v.email,
        name: v.name,
        role: v.role,
        passwordHash: v.password ? await hashPassword(v.password) : null,
      });
      await this.applyCompanyAndPortfolio(em, user, v.role, v.companyId, v.industryCodes);
      await em.flush();
      audit(em, this.actor, { subjectId: user.id, action: 'CREATE', operation: 'createUser', allowed: true });
      return user;
    });
  }

  /** Changes name, role, company, portfolio or active state. */
  async update(id: string, input: UpdateUserInput): Promise<User> {
    // Ids are uuids: anything else names no user or company (and must not reach PostgreSQL as one).
    if (input.companyId && !isUuid(input.companyId)) throw badInput('companyId', t('admin.companyIdInvalid'));
    return this.em.transactional(async (em) => {
      const user = isUuid(id) ? await em.findOne(User, { id }) : null;
      if (!user) throw notFound('user', id);
      if (input.name !== undefined && input.name !== null) user.name = parseInput(personName('name', 200), input.name);
      const newRole = input.role ?? user.role;
      const deactivating = input.active === false && user.active;
      const demoting = user.role === Role.ADMIN && newRole !== Role.ADMIN;
      if (this.actor && user.id === this.actor.id) {
        if (deactivating) throw badInput('active', t('admin.selfDeactivate'));
        if (demoting) throw badInput('role', t('admin.selfDemote'));
      }
      if (user.role === Role.ADMIN && user.active && (deactivating || demoting)) {
        // The active admins' rows are locked, so two admins demoting each other at once cannot both pass.
        const admins = await em.find(
          User,
          { role: Role.ADMIN, active: true },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!admins.some((a) => a.id !== user.id))
          throw badInput(deactivating ? 'active' : 'role', t('admin.lastAdmin', { name: user.name }));
      }
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
      if (revoke) await this.endSessions(em, user);
      audit(em, this.actor, { subjectId: user.id, action: 'UPDATE', operation: 'updateUser', allowed: true });
      return user;
    });
  }

  /**
   * Gives the user a new random temporary password (shown once to the administrator, who hands it
   * over) and ends the user's sessions. The old password stops working at once.
   */
  async resetPassword(id: string): Promise<{ user: User; temporaryPassword: string }> {
    return this.em.transactional(async (em) => {
      const user = isUuid(id) ? await em.findOne(User, { id }) : null;
      if (!user) throw notFound('user', id);
      if (!user.active) throw badInput('id', t('admin.resetInactive', { name: user.name }));
      const password = temporaryPassword();
      user.passwordHash = await hashPassword(password);
      await this.endSessions(em, user);
      audit(em, this.actor, { subjectId: user.id, action: 'UPDATE', operation: 'resetUserPassword', allowed: true });
      return { user, temporaryPassword: password };
    });
  }

  /** Sessions from before the change stop working on their next request. */
  private async endSessions(em: EntityManager, user: User) {
    user.sessionEpoch += 1;
    await em.nativeDelete(Session, { user: user.id });
  }

  private async applyCompanyAndPortfolio(
    em: EntityManager,
    user: User,
    role: Role,
    companyId: string | null | undefined,
    codes: string[] | null | undefined,
  ) {
    if (role === Role.COMPANY) {
      if (!companyId) throw badInput('companyId', t('admin.companyMissing'));
      const company = await em.findOne(Company, { id: companyId });
      if (!company) throw badInput('companyId', t('admin.companyUnknown'));
      user.company = em.getReference(Company, company.id, { wrapped: true });
    } else {
      user.company = null;
    }
    if (codes) {
      const industries = await em.find(Industry, { code: { $in: codes }, level: IndustryLevel.DIVISION });
      const unknown = codes.filter((c) => !industries.some((i) => i.code === c));
      if (unknown.length) throw badInput('industryCodes', t('industries.unknown', { code: unknown[0]!.slice(0, 20) }));
      user.industries.set(industries);
    }
  }
}
