import { AlertAction } from '../features/alerts/alert-action.entity.js';
import { AuditEntry } from '../features/audit/audit-entry.entity.js';
import { RateLimit } from '../features/auth/rate-limit.entity.js';
import { Session } from '../features/auth/session.entity.js';
import { User } from '../features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  ForeignEducation,
  WeeklyActivity,
} from '../features/candidates/candidate.entity.js';
import { WeekException } from '../features/candidates/week-exception.entity.js';
import { Company, CompanyContact, ContactPerson } from '../features/companies/company.entity.js';
import { Competence } from '../features/competences/competence.entity.js';
import { IguSlot, IguSlotCompetence } from '../features/igu-slots/igu-slot.entity.js';
import { Industry } from '../features/industries/industry.entity.js';
import { LadderEntry } from '../features/ladder/ladder-entry.entity.js';
import { Mentor } from '../features/mentors/mentor.entity.js';
import { FollowUp, Placement, PlacementAgreement } from '../features/placements/placement.entity.js';
import { Proposal } from '../features/proposals/proposal.entity.js';
import { TaskCompetence, UnsolvedTask } from '../features/tasks/unsolved-task.entity.js';
import { OutboxEvent } from '../search/outbox-event.entity.js';

/** Every entity the ORM knows; a feature adds its entities here. */
export const entities = [
  Industry,
  User,
  Session,
  Company,
  ContactPerson,
  CompanyContact,
  Competence,
  UnsolvedTask,
  TaskCompetence,
  IguSlot,
  IguSlotCompetence,
  Candidate,
  CandidateCompetence,
  ForeignEducation,
  WeeklyActivity,
  WeekException,
  LadderEntry,
  Proposal,
  Placement,
  FollowUp,
  PlacementAgreement,
  Mentor,
  AuditEntry,
  OutboxEvent,
  RateLimit,
  AlertAction,
];
