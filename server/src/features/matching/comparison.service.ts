import { t } from '../../i18n/index.js';
import {
  candidateDocuments,
  candidateForScoring,
  type OpeningDocument,
  openingForScoring,
} from '../../search/documents.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { auditReads } from '../audit/audit.service.js';
import { personAccess, personFacts, requireUser } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { mentorsWithRoom } from '../mentors/mentor.service.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { compareCandidateWithOpening } from './comparison.js';
import type { CandidateComparison, RequirementCheckView } from './comparison.types.js';
import { assertOpeningInScope } from './matching.service.js';

const OPERATION = 'compareCandidateWithOpening';

/** One person beside one opening, requirement by requirement, for the job centre. */
export class ComparisonService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Scope: the person as the caller may see them (a consultant only consenting, active people's
   * matching profile), the opening as the caller may read it. The read of the person is
   * audit-logged, refused ones too. Nothing here reads accommodation needs.
   */
  async compare(
    candidateId: string,
    taskId: string | null | undefined,
    iguSlotId: string | null | undefined,
  ): Promise<CandidateComparison> {
    const user = requireUser(this.ctx.user);
    const em = this.ctx.em;
    if (user.role === Role.COMPANY) throw forbidden('comparisons');
    if (!!taskId === !!iguSlotId) {
      throw badInput('taskId', t('matching.compareOneOpening'));
    }
    const field = taskId ? 'taskId' : 'iguSlotId';
    const openingId = (taskId ?? iguSlotId)!;
    if (!isUuid(candidateId))
      throw badInput('candidateId', t('validation.invalidId', { id: candidateId.slice(0, 40) }));
    if (!isUuid(openingId)) throw badInput(field, t('validation.invalidId', { id: openingId.slice(0, 40) }));

    const candidate = await em.findOne(Candidate, candidateId);
    if (!candidate) throw notFound('candidate', candidateId);
    const access = personAccess(user, personFacts(candidate));
    if (access === 'NONE') {
      await auditReads(em, user, [candidate.id], OPERATION, false);
      throw forbidden('person');
    }
    const opening = taskId ? await em.findOne(UnsolvedTask, openingId) : await em.findOne(IguSlot, openingId);
    if (!opening) throw notFound(taskId ? 'task' : 'iguSlot', openingId);
    await assertOpeningInScope(em, user, opening);
    await auditReads(em, user, [candidate.id], OPERATION, true, access === 'FULL' ? 'case work' : 'matching');

    const { docs } = await this.ctx.search.documentsFor(em, taskId ? 'task' : 'iguSlot', [openingId]);
    const openingDoc = docs[0] as OpeningDocument | undefined;
    if (!openingDoc) {
      const status =
        opening instanceof UnsolvedTask
          ? t(`enums.taskStatus.${opening.status}`)
          : t(`enums.iguStatus.${opening.status}`);
      throw badInput(field, t('matching.compareNotOpen', { title: opening.title, status }));
    }
    const today = this.ctx.clock.today();
    const [doc] = await candidateDocuments(em, [candidate.id], this.ctx.config, today, { requireConsent: false });
    if (!doc) throw notFound('candidate', candidateId);
    const person = candidateForScoring(doc, today, this.ctx.config.rules.availableWithinDays);
    // The reason a person is not IGU-eligible, as far as the caller may know it (generic without FULL access).
    const people = new CandidateService(this.ctx);
    person.iguIneligibleReason = people.iguReasonFor(candidate, people.iguEligibility(candidate));

    // The company's mentors with a free place, as the matcher reads them ("Mentor taler tigrinya").
    const mentors = (await mentorsWithRoom(em, [openingDoc.companyId])).get(openingDoc.companyId) ?? [];
    const { match, requirements } = compareCandidateWithOpening(
      person,
      { ...openingForScoring(openingDoc), mentors },
      this.ctx.locale,
    );
    return {
      candidate,
      task: opening instanceof UnsolvedTask ? opening : null,
      iguSlot: opening instanceof IguSlot ? opening : null,
      score: match.score,
      factors: match.factors,
      exclusionReason: match.exclusionReason ?? null,
      requirements: requirements as RequirementCheckView[],
    };
  }
}
