import { Migration } from '@mikro-orm/migrations';

/**
 * Three-party placement agreements (issue 16.2): a DRAFT status, the agreement's versions with each party's
 * approval, and the current version on the placement. Placements from before keep version 0 and stay as they are.
 */
export class Migration20261206171000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "placement_agreement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "placement_id" uuid not null, "number" int not null, "terms" jsonb not null, "created_by_id" uuid null, "company_approved_at" timestamptz null, "company_approved_by_id" uuid null, "adviser_approved_at" timestamptz null, "adviser_approved_by_id" uuid null, constraint "placement_agreement_pkey" primary key ("id"));`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_placement_id_number_unique" unique ("placement_id", "number");`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_company_approved_by_id_foreign" foreign key ("company_approved_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_adviser_approved_by_id_foreign" foreign key ("adviser_approved_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement" drop constraint if exists "placement_status_check";`);
    this.addSql(`alter table "placement" add column "agreement_version" int not null default 0;`);
    this.addSql(`alter table "placement" add constraint "placement_status_check" check("status" in ('DRAFT', 'ACTIVE', 'ENDED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "placement_agreement" cascade;`);
    this.addSql(`alter table "placement" drop constraint if exists "placement_status_check";`);
    this.addSql(`alter table "placement" drop column "agreement_version";`);
    this.addSql(`alter table "placement" add constraint "placement_status_check" check("status" in ('ACTIVE', 'ENDED'));`);
  }
}
