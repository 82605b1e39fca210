import { Migration } from '@mikro-orm/migrations';

export class Migration20261206065415 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "search_outbox_processed" on "search_outbox" ("processed_at") where processed_at is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "search_outbox_processed";`);
  }
}
