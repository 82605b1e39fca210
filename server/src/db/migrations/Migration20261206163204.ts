import { Migration } from '@mikro-orm/migrations';

export class Migration20261206163204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "week_exception" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "week_hours" double precision not null, "full_time_hours" double precision not null, "week_from" date not null, "reason" text not null, "operation" varchar(60) not null, "confirmed_by_id" uuid null, "confirmed_by_name" varchar(200) not null, constraint "week_exception_pkey" primary key ("id"));`);
    this.addSql(`create index "week_exception_candidate_id_index" on "week_exception" ("candidate_id");`);
    this.addSql(`alter table "week_exception" add constraint "week_exception_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "week_exception" add constraint "week_exception_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "week_exception" cascade;`);
  }
}
