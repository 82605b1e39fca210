import { Migration } from '@mikro-orm/migrations';

/** The work-queue history keeps an alert's text in every language, so it reads in the reader's language. */
export class Migration20261206170854 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "alert_action" add column "messages" jsonb null;`);
    // Rows from before knew one language (the handler's): it stands for both until the alert is acted on again.
    this.addSql(`update "alert_action" set "messages" = jsonb_build_object('da', "message", 'en', "message");`);
    this.addSql(`alter table "alert_action" alter column "messages" set not null;`);
    this.addSql(`alter table "alert_action" drop column "message";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "alert_action" add column "message" text null;`);
    this.addSql(`update "alert_action" set "message" = "messages"->>'da';`);
    this.addSql(`alter table "alert_action" alter column "message" set not null;`);
    this.addSql(`alter table "alert_action" drop column "messages";`);
  }
}
