import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145955 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "actor_role" varchar(20) null, "subject_id" uuid not null, "action" varchar(20) not null, "operation" varchar(80) not null, "purpose" varchar(200) null, "allowed" boolean not null);`);
    this.addSql(`create index "audit_entry_subject_id_at_index" on "audit_entry" ("subject_id", "at");`);

    this.addSql(`create table "competence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(80) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, "esco_uri" varchar(200) null, "domain" varchar(40) not null, "synonyms" text[] not null default '{}', constraint "competence_pkey" primary key ("id"));`);
    this.addSql(`alter table "competence" add constraint "competence_code_unique" unique ("code");`);
    this.addSql(`create index "competence_name_index" on "competence" ("name");`);

    this.addSql(`create table "search_outbox" ("id" bigserial primary key, "entity_type" varchar(20) not null, "entity_id" uuid not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "attempts" int not null default 0, "processed_at" timestamptz null, "last_error" text null);`);
    this.addSql(`create index "search_outbox_pending" on "search_outbox" ("available_at") where processed_at is null;`);

    this.addSql(`create table "unsolved_task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_id" uuid not null, "title" varchar(200) not null, "description" text not null, "industry_code" varchar(8) not null, "danish_level" text check ("danish_level" in ('NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')) not null, "weekly_hours" double precision not null, "schedule" text[] not null default '{DAY}', "learning_goals" text not null, "ordinary_hours_in_sight" boolean not null, "expected_ordinary_hours" double precision null, "openings" int not null, "postcode" varchar(4) not null, "requires_driving_licence" boolean not null default false, "status" text check ("status" in ('DRAFT', 'OPEN', 'IN_PROGRESS', 'SOLVED', 'CLOSED')) not null default 'OPEN', "status_reason" text null, "created_by_id" uuid null, "version" int not null default 1, constraint "unsolved_task_pkey" primary key ("id"), constraint task_openings_positive check (openings >= 1), constraint task_hours_range check (weekly_hours > 0 and weekly_hours <= 37));`);
    this.addSql(`create index "unsolved_task_company_id_index" on "unsolved_task" ("company_id");`);
    this.addSql(`create index "unsolved_task_status_industry_code_index" on "unsolved_task" ("status", "industry_code");`);

    this.addSql(`create table "task_competence" ("task_id" uuid not null, "competence_id" uuid not null, "min_level" smallint not null, "required" boolean not null, constraint "task_competence_pkey" primary key ("task_id", "competence_id"), constraint task_competence_level check (min_level between 1 and 4));`);

    this.addSql(`create table "igu_slot" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "industry_code" varchar(8) not null, "start_date" date not null, "weekly_hours" double precision not null, "hourly_wage" double precision not null, "openings" int not null, "postcode" varchar(4) not null, "status" text check ("status" in ('OPEN', 'FILLED', 'CLOSED')) not null default 'OPEN', "status_reason" text null, "version" int not null default 1, constraint "igu_slot_pkey" primary key ("id"), constraint igu_openings_positive check (openings >= 1), constraint igu_wage_positive check (hourly_wage > 0), constraint igu_hours_range check (weekly_hours > 0 and weekly_hours <= 37));`);
    this.addSql(`create index "igu_slot_company_id_index" on "igu_slot" ("company_id");`);
    this.addSql(`create index "igu_slot_status_industry_code_index" on "igu_slot" ("status", "industry_code");`);

    this.addSql(`create table "candidate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "birth_date" date not null, "postcode" varchar(4) not null, "target_group" text check ("target_group" in ('INTEGRATION_PROGRAMME', 'TRANSITION_BENEFIT', 'CASH_BENEFIT', 'UKRAINIAN_SPECIAL_ACT', 'OTHER')) not null, "readiness" text check ("readiness" in ('JOB_READY', 'ACTIVITY_READY', 'EDUCATION_READY')) not null, "residence_category" text check ("residence_category" in ('REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'OTHER')) not null, "arrival_date" date null, "danish_level" text check ("danish_level" in ('NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')) not null, "danish_module" varchar(40) null, "languages" text[] not null default '{}', "available_weekly_hours" double precision not null, "goal_weekly_hours" double precision not null default 37, "current_ordinary_hours" double precision not null default 0, "industries_wished" text[] not null default '{}', "has_driving_licence" boolean not null, "max_commute_km" int not null, "education" text not null default '', "summary" text not null default '', "accommodation_needs" text null, "consent_to_share" boolean not null, "consent_given_at" timestamptz null, "consent_recorded_by_id" uuid null, "adviser_id" uuid null, "enrolled_on" date not null, "status" text check ("status" in ('ACTIVE', 'INACTIVE', 'ANONYMISED')) not null default 'ACTIVE', "last_activity_at" timestamptz null, "version" int not null default 1, constraint "candidate_pkey" primary key ("id"), constraint candidate_commute check (max_commute_km >= 0 and max_commute_km <= 300), constraint candidate_hours check (available_weekly_hours >= 0 and available_weekly_hours <= 37 and goal_weekly_hours > 0 and goal_weekly_hours <= 37 and current_ordinary_hours >= 0 and current_ordinary_hours <= 37));`);
    this.addSql(`create index "candidate_adviser_id_status_index" on "candidate" ("adviser_id", "status");`);

    this.addSql(`create table "proposal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "task_id" uuid null, "igu_slot_id" uuid null, "company_id" uuid not null, "status" text check ("status" in ('SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')) not null, "note" text null, "reason" text null, "proposed_by_id" uuid null, "history" jsonb not null default '[]', constraint "proposal_pkey" primary key ("id"), constraint proposal_one_opening check ((task_id is null) <> (igu_slot_id is null)));`);
    this.addSql(`create index "proposal_candidate_id_index" on "proposal" ("candidate_id");`);
    this.addSql(`create index "proposal_task_id_index" on "proposal" ("task_id");`);
    this.addSql(`create index "proposal_igu_slot_id_index" on "proposal" ("igu_slot_id");`);
    this.addSql(`create index "proposal_company_id_status_index" on "proposal" ("company_id", "status");`);

    this.addSql(`create table "placement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "company_id" uuid not null, "task_id" uuid null, "igu_slot_id" uuid null, "type" text check ("type" in ('INTERNSHIP', 'WAGE_SUBSIDY', 'IGU', 'SMALL_JOB', 'ORDINARY_HOURS', 'APPRENTICESHIP')) not null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null default 'ACTIVE', "start_date" date not null, "planned_end_date" date null, "end_date" date null, "mentor_name" varchar(200) null, "learning_goals" text not null, "hours_plan" jsonb not null, "outcome" text check ("outcome" in ('CONVERTED_TO_ORDINARY_HOURS', 'COMPLETED', 'ENDED_EARLY', 'IGU_STARTED', 'EDUCATION_STARTED')) null, "outcome_note" text null, "created_by_id" uuid null, "version" int not null default 1, constraint "placement_pkey" primary key ("id"), constraint placement_end check (end_date is null or end_date >= start_date), constraint placement_dates check (planned_end_date is null or planned_end_date >= start_date));`);
    this.addSql(`create index "placement_candidate_id_status_index" on "placement" ("candidate_id", "status");`);
    this.addSql(`create index "placement_company_id_status_index" on "placement" ("company_id", "status");`);

    this.addSql(`create table "follow_up" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "placement_id" uuid not null, "date" date not null, "author_id" uuid null, "attended_hours" double precision not null, "ordinary_hours" double precision not null, "absence_days" smallint not null, "progress" smallint not null, "note" text not null default '', "next_follow_up_date" date null, "confirmed_competence_ids" text[] not null default '{}', "version" int not null default 1, constraint "follow_up_pkey" primary key ("id"), constraint follow_up_next check (next_follow_up_date is null or next_follow_up_date >= date), constraint follow_up_absence check (absence_days >= 0 and absence_days <= 7), constraint follow_up_progress check (progress between 1 and 5), constraint follow_up_hours check (attended_hours >= 0 and attended_hours <= 37 and ordinary_hours >= 0 and ordinary_hours <= attended_hours));`);
    this.addSql(`create index "follow_up_placement_id_date_index" on "follow_up" ("placement_id", "date");`);

    this.addSql(`create table "foreign_education" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "title" varchar(200) not null, "years" smallint null, "recognition_status" text check ("recognition_status" in ('NOT_APPLIED', 'PENDING', 'RECOGNISED', 'PARTLY_RECOGNISED')) not null default 'NOT_APPLIED', constraint "foreign_education_pkey" primary key ("id"));`);
    this.addSql(`create index "foreign_education_candidate_id_index" on "foreign_education" ("candidate_id");`);

    this.addSql(`create table "candidate_competence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "competence_id" uuid not null, "level" smallint not null, "evidence" text check ("evidence" in ('SELF_REPORTED', 'OBSERVED_IN_PLACEMENT', 'CERTIFIED')) not null default 'SELF_REPORTED', constraint "candidate_competence_pkey" primary key ("id"), constraint candidate_competence_level check (level between 1 and 4));`);
    this.addSql(`create index "candidate_competence_competence_id_index" on "candidate_competence" ("competence_id");`);
    this.addSql(`alter table "candidate_competence" add constraint "candidate_competence_candidate_id_competence_id_unique" unique ("candidate_id", "competence_id");`);

    this.addSql(`create table "weekly_activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "kind" text check ("kind" in ('DANISH_CLASS', 'EDUCATION', 'OTHER')) not null, "label" varchar(200) not null, "weekly_hours" double precision not null, constraint "weekly_activity_pkey" primary key ("id"), constraint weekly_activity_hours check (weekly_hours > 0 and weekly_hours <= 37));`);
    this.addSql(`create index "weekly_activity_candidate_id_index" on "weekly_activity" ("candidate_id");`);

    this.addSql(`alter table "unsolved_task" add constraint "unsolved_task_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unsolved_task" add constraint "unsolved_task_industry_code_foreign" foreign key ("industry_code") references "industry" ("code") on update cascade;`);
    this.addSql(`alter table "unsolved_task" add constraint "unsolved_task_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "task_competence" add constraint "task_competence_task_id_foreign" foreign key ("task_id") references "unsolved_task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_competence" add constraint "task_competence_competence_id_foreign" foreign key ("competence_id") references "competence" ("id") on update cascade;`);

    this.addSql(`alter table "igu_slot" add constraint "igu_slot_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "igu_slot" add constraint "igu_slot_industry_code_foreign" foreign key ("industry_code") references "industry" ("code") on update cascade;`);

    this.addSql(`alter table "candidate" add constraint "candidate_consent_recorded_by_id_foreign" foreign key ("consent_recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "candidate" add constraint "candidate_adviser_id_foreign" foreign key ("adviser_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "proposal" add constraint "proposal_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_task_id_foreign" foreign key ("task_id") references "unsolved_task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_igu_slot_id_foreign" foreign key ("igu_slot_id") references "igu_slot" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal" add constraint "proposal_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "placement" add constraint "placement_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_task_id_foreign" foreign key ("task_id") references "unsolved_task" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement" add constraint "placement_igu_slot_id_foreign" foreign key ("igu_slot_id") references "igu_slot" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement" add constraint "placement_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up" add constraint "follow_up_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "foreign_education" add constraint "foreign_education_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "candidate_competence" add constraint "candidate_competence_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "candidate_competence" add constraint "candidate_competence_competence_id_foreign" foreign key ("competence_id") references "competence" ("id") on update cascade;`);

    this.addSql(`alter table "weekly_activity" add constraint "weekly_activity_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_competence" drop constraint "task_competence_competence_id_foreign";`);

    this.addSql(`alter table "candidate_competence" drop constraint "candidate_competence_competence_id_foreign";`);

    this.addSql(`alter table "task_competence" drop constraint "task_competence_task_id_foreign";`);

    this.addSql(`alter table "proposal" drop constraint "proposal_task_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_task_id_foreign";`);

    this.addSql(`alter table "proposal" drop constraint "proposal_igu_slot_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_igu_slot_id_foreign";`);

    this.addSql(`alter table "proposal" drop constraint "proposal_candidate_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_candidate_id_foreign";`);

    this.addSql(`alter table "foreign_education" drop constraint "foreign_education_candidate_id_foreign";`);

    this.addSql(`alter table "candidate_competence" drop constraint "candidate_competence_candidate_id_foreign";`);

    this.addSql(`alter table "weekly_activity" drop constraint "weekly_activity_candidate_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_placement_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "competence" cascade;`);

    this.addSql(`drop table if exists "search_outbox" cascade;`);

    this.addSql(`drop table if exists "unsolved_task" cascade;`);

    this.addSql(`drop table if exists "task_competence" cascade;`);

    this.addSql(`drop table if exists "igu_slot" cascade;`);

    this.addSql(`drop table if exists "candidate" cascade;`);

    this.addSql(`drop table if exists "proposal" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "foreign_education" cascade;`);

    this.addSql(`drop table if exists "candidate_competence" cascade;`);

    this.addSql(`drop table if exists "weekly_activity" cascade;`);
  }

}
