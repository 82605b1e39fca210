import { Migration } from '@mikro-orm/migrations';

/**
 * Mentors as people (issue 16.4): a company's mentors with their languages, training date and interns at once,
 * and the mentor a placement names. Placements from before keep their free-text mentorName and no mentor.
 */
export class Migration20261206210500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mentor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_id" uuid not null, "name" varchar(200) not null, "languages" text[] not null default '{}', "trained_on" date null, "max_interns" int not null, "version" int not null default 1, constraint "mentor_pkey" primary key ("id"), constraint mentor_max_interns_positive check (max_interns > 0));`);
    this.addSql(`create index "mentor_company_id_index" on "mentor" ("company_id");`);
    this.addSql(`alter table "mentor" add constraint "mentor_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement" add column "mentor_id" uuid null;`);
    this.addSql(`alter table "placement" add constraint "placement_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "placement_mentor_id_index" on "placement" ("mentor_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "placement" drop constraint "placement_mentor_id_foreign";`);
    this.addSql(`drop index "placement_mentor_id_index";`);
    this.addSql(`alter table "placement" drop column "mentor_id";`);
    this.addSql(`drop table if exists "mentor" cascade;`);
  }
}
