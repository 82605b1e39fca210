import { Migration } from '@mikro-orm/migrations';

/**
 * Effect you can follow at scale (issue 16.6): the report reads the placements started in a period and each person's
 * current follow-ups in date order; both from narrow indexes instead of the wide rows (plans, learning goals, notes).
 */
export class Migration20261206234323 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "placement_effect_index" on "placement" ("start_date") include ("candidate_id", "company_id", "type", "status", "outcome");`);
    this.addSql(`create index "follow_up_current_hours_index" on "follow_up" ("placement_id", "date", "created_at") include ("ordinary_hours") where "superseded_by_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "follow_up_current_hours_index";`);
    this.addSql(`drop index "placement_effect_index";`);
  }
}
