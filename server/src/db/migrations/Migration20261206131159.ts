import { Migration } from '@mikro-orm/migrations';

export class Migration20261206131159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert_action" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "alert_id" varchar(200) not null, "kind" varchar(40) not null, "due_date" date not null, "status" text check ("status" in ('SNOOZED', 'HANDLED')) not null, "snoozed_until" date null, "note" text not null default '', "message" text not null, "candidate_id" uuid null, "company_id" uuid null, "placement_id" uuid null, constraint "alert_action_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_action_user_id_status_updated_at_index" on "alert_action" ("user_id", "status", "updated_at");`);
    this.addSql(`alter table "alert_action" add constraint "alert_action_user_id_alert_id_unique" unique ("user_id", "alert_id");`);

    this.addSql(`alter table "alert_action" add constraint "alert_action_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alert_action" add constraint "alert_action_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alert_action" add constraint "alert_action_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alert_action" add constraint "alert_action_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "company_contact" add column "kind" text check ("kind" in ('PHONE', 'VISIT', 'EMAIL')) null, add column "contact_person_id" uuid null, add column "next_contact_date" date null;`);
    this.addSql(`alter table "company_contact" add constraint "company_contact_contact_person_id_foreign" foreign key ("contact_person_id") references "contact_person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "placement" add column "conversion_weekly_hours" double precision null, add column "conversion_hourly_wage" double precision null, add column "conversion_start_date" date null;`);
    this.addSql(`alter table "placement" add constraint placement_conversion check((conversion_weekly_hours is null or (conversion_weekly_hours > 0 and conversion_weekly_hours <= 37)) and (conversion_hourly_wage is null or conversion_hourly_wage > 0));`);

    this.addSql(`alter table "follow_up" add column "corrects_id" uuid null, add column "superseded_by_id" uuid null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_corrects_id_foreign" foreign key ("corrects_id") references "follow_up" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_superseded_by_id_foreign" foreign key ("superseded_by_id") references "follow_up" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "follow_up_superseded_by_id_index" on "follow_up" ("superseded_by_id");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert_action" cascade;`);

    this.addSql(`alter table "company_contact" drop constraint "company_contact_contact_person_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_corrects_id_foreign";`);
    this.addSql(`alter table "follow_up" drop constraint "follow_up_superseded_by_id_foreign";`);

    this.addSql(`alter table "company_contact" drop column "kind", drop column "contact_person_id", drop column "next_contact_date";`);

    this.addSql(`drop index "follow_up_superseded_by_id_index";`);
    this.addSql(`alter table "follow_up" drop column "corrects_id", drop column "superseded_by_id";`);

    this.addSql(`alter table "placement" drop constraint placement_conversion;`);
    this.addSql(`alter table "placement" drop column "conversion_weekly_hours", drop column "conversion_hourly_wage", drop column "conversion_start_date";`);

  }

}
