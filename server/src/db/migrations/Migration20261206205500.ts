import { Migration } from '@mikro-orm/migrations';

export class Migration20261206205500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "candidate" add column "external_id" varchar(64) null;`);
    this.addSql(`alter table "candidate" add constraint "candidate_external_id_unique" unique ("external_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "candidate" drop constraint "candidate_external_id_unique";`);
    this.addSql(`alter table "candidate" drop column "external_id";`);
  }

}
