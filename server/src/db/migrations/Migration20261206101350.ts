import { Migration } from '@mikro-orm/migrations';

/** A user's chosen portal language: the server answers in it (issue 14). */
export class Migration20261206101350 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "language" varchar(2) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "language";`);
  }
}
