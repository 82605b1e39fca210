import { Migration } from '@mikro-orm/migrations';

export class Migration20261206174846 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ladder_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidate_id" uuid not null, "date" date not null, "from_step_key" varchar(40) not null, "to_step_key" varchar(40) not null, "event" text check ("event" in ('PLACEMENT_STARTED', 'ORDINARY_HOURS_RECORDED', 'CONVERTED')) not null, "placement_id" uuid null, "recorded_by_id" uuid null, constraint "ladder_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ladder_entry_candidate_id_index" on "ladder_entry" ("candidate_id");`);
    this.addSql(`alter table "ladder_entry" add constraint "ladder_entry_candidate_id_foreign" foreign key ("candidate_id") references "candidate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ladder_entry" add constraint "ladder_entry_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ladder_entry" add constraint "ladder_entry_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "candidate" add column "ladder_step" varchar(40) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ladder_entry" cascade;`);
    this.addSql(`alter table "candidate" drop column "ladder_step";`);
  }
}
