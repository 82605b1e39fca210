import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { t } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { DomainError, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { auditReads } from '../audit/audit.service.js';
import {
  assertMayReadCompany,
  companyFacts,
  mayNamePerson,
  mayPlacement,
  type PlacementAction,
  personAccess,
  personFacts,
  placementWhere,
  requireUser,
  type Viewer,
  viewerOf,
} from '../auth/scope.js';
import { Role, type User } from '../auth/user.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Company } from '../companies/company.entity.js';
import { Placement } from './placement.entity.js';

/**
 * Who may see and change a placement: the caller, and the scope rules of auth/scope.ts applied to placements
 * and to the people and companies they join. The placements feature's services ask it before they act.
 */
export class PlacementPolicy {
  constructor(private readonly ctx: ServiceContext) {}

  get user(): User {
    return requireUser(this.ctx.user);
  }

  viewer(): Promise<Viewer> {
    return viewerOf(this.user);
  }

  /** Runs one transaction; a concurrent change caught by the version check becomes CONFLICT. */
  async tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    // Load a consultant's portfolio before the transaction (as the other services do): loaded inside it,
    // its industries stay bound to the finished transaction and the result's company.industry fails to load.
    await this.viewer();
    try {
      return await this.ctx.em.transactional(fn);
    } catch (err) {
      if (err instanceof OptimisticLockError) {
        throw new DomainError('CONFLICT', t('placements.changedMeanwhile'), { field: 'version' });
      }
      throw err;
    }
  }

  /** The where-clause that limits placements to the caller's scope. */
  async scopeWhere(): Promise<FilterQuery<Placement>> {
    return placementWhere(await this.viewer());
  }

  /** Whether the caller may read, follow up on, or manage (change, end) this placement. */
  async can(p: Placement, action: PlacementAction, em: EntityManager = this.ctx.em): Promise<boolean> {
    const viewer = await this.viewer();
    if (viewer.role === Role.ADMIN) return true;
    const [company, candidate] = await Promise.all([
      em.findOneOrFail(Company, p.company.id),
      em.findOneOrFail(Candidate, p.candidate.id),
    ]);
    return mayPlacement(viewer, { company: companyFacts(company), person: personFacts(candidate) }, action);
  }

  /** Loads a placement for an action, locking it for writes; NOT_FOUND or FORBIDDEN (audited) otherwise. */
  async load(em: EntityManager, id: string, action: PlacementAction, lock: boolean): Promise<Placement> {
    if (!isUuid(id)) throw notFound('placement', id);
    const p = await em.findOne(Placement, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!p) throw notFound('placement', id);
    if (!(await this.can(p, action, em))) {
      await auditReads(this.ctx.em.fork(), this.user, [p.candidate.id], `placement:${action}`, false);
      throw forbidden('placement');
    }
    return p;
  }

  /** ADVISER of the person, ADMIN, or a CONSULTANT for a company in its portfolio (and a consenting person). */
  async assertMayPlace(candidate: Candidate, company: Company): Promise<void> {
    const user = this.user;
    if (user.role === Role.ADMIN) return;
    if (user.role === Role.ADVISER) {
      if (candidate.adviser?.id !== user.id) throw forbidden('placeCandidate');
      return;
    }
    if (user.role === Role.CONSULTANT) {
      const viewer = await this.viewer();
      assertMayReadCompany(viewer, companyFacts(company));
      if (personAccess(viewer, personFacts(candidate)) === 'NONE') {
        throw forbidden('noConsent');
      }
      return;
    }
    throw forbidden('startPlacements');
  }

  /**
   * Whether the caller may see the person's name and free text about them (follow-up and outcome notes)
   * on this placement: a consultant or a company only while the person consents (scope.ts, mayNamePerson).
   */
  async mayName(p: Placement): Promise<boolean> {
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return !!c && mayNamePerson(await this.viewer(), personFacts(c));
  }
}
