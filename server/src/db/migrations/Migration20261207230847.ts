import { Migration } from '@mikro-orm/migrations';

/**
 * Openings left counts an opening's placements (`placement where task_id = any(…)`) on every proposal and
 * placement change, and deleting a task or IGU slot nulls its placements' references: without these indexes
 * each of them read the whole placement table (the seed's availability check at a million people spent
 * minutes there).
 */
export class Migration20261207230847 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "placement_task_id_index" on "placement" ("task_id");`);
    this.addSql(`create index "placement_igu_slot_id_index" on "placement" ("igu_slot_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "placement_task_id_index";`);
    this.addSql(`drop index "placement_igu_slot_id_index";`);
  }
}
