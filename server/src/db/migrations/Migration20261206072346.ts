import { Migration } from '@mikro-orm/migrations';

/** IGU slots get a task's requirement fields; tasks get structured learning-goal competences. */
export class Migration20261206072346 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "igu_slot_competence" ("slot_id" uuid not null, "competence_id" uuid not null, "min_level" smallint not null, constraint "igu_slot_competence_pkey" primary key ("slot_id", "competence_id"), constraint igu_slot_competence_level check (min_level between 1 and 4));`,
    );
    this.addSql(
      `alter table "igu_slot_competence" add constraint "igu_slot_competence_slot_id_foreign" foreign key ("slot_id") references "igu_slot" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "igu_slot_competence" add constraint "igu_slot_competence_competence_id_foreign" foreign key ("competence_id") references "competence" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "igu_slot" add column "danish_level" text check ("danish_level" in ('NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')) not null default 'NONE';`,
    );
    this.addSql(`alter table "unsolved_task" add column "learning_goal_competence_ids" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "igu_slot_competence" cascade;`);
    this.addSql(`alter table "igu_slot" drop column "danish_level";`);
    this.addSql(`alter table "unsolved_task" drop column "learning_goal_competence_ids";`);
  }
}
