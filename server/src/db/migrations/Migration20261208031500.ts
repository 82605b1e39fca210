import { Migration } from '@mikro-orm/migrations';

/**
 * The free hours a person has once the placement ending on available_from has ended: matching admits and
 * scores a person free only then on these hours, not on the hours free now (often none). runtime.ts
 * computes them once when this migration has just run, and queues the people changed for the search index.
 */
export class Migration20261208031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "candidate" add column "free_weekly_hours_from" double precision null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "candidate" drop column "free_weekly_hours_from";`);
  }
}
