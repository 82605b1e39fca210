import { Migration } from '@mikro-orm/migrations';

/** Users' last login (admin user list) and the audit trail paged by time (admin audit log): issue 14.6. */
export class Migration20261206131029 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "last_login_at" timestamptz null;`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_at_index";`);
    this.addSql(`alter table "app_user" drop column "last_login_at";`);
  }
}
