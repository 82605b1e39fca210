import { Migration } from '@mikro-orm/migrations';

/**
 * Placement agreements (issue 16.2): who proposed a version (the company may propose a change now), and a pending
 * change no longer binds. A running placement whose row took a change still waiting for approval gets the terms
 * of the version both parties agreed back on its row (the free hours follow at the next availability refresh).
 */
export class Migration20261207032703 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "placement_agreement" add column "proposed_by" text check ("proposed_by" in ('COMPANY', 'JOB_CENTRE')) not null default 'JOB_CENTRE';`,
    );
    this.addSql(`update "placement" p
      set "start_date" = (a."terms"->>'startDate')::date,
          "planned_end_date" = (a."terms"->>'plannedEndDate')::date,
          "hours_plan" = a."terms"->'hoursPlan',
          "learning_goals" = a."terms"->>'learningGoals',
          "mentor_name" = a."terms"->>'mentorName',
          "mentor_id" = case when a."terms"->'mentorId' is not null then (a."terms"->>'mentorId')::uuid else p."mentor_id" end,
          "school_periods" = coalesce(a."terms"->'schoolPeriods', '[]'::jsonb)
      from (
        select distinct on ("placement_id") "placement_id", "number", "terms" from "placement_agreement"
         where "company_approved_at" is not null and "adviser_approved_at" is not null
           and "withdrawn_at" is null and "refused_at" is null
         order by "placement_id", "number" desc
      ) a
      where a."placement_id" = p."id" and p."status" = 'ACTIVE' and p."agreement_version" > a."number";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "placement_agreement" drop column "proposed_by";`);
  }
}
