import { Migration } from '@mikro-orm/migrations';

/**
 * Withdrawn and refused placement agreements (issue 16.2): a draft the job centre withdrew or the company refused
 * never starts (WITHDRAWN, REFUSED), and each agreement version records who withdrew or refused it, when and why.
 */
export class Migration20261206202634 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "placement" drop constraint if exists "placement_status_check";`);
    this.addSql(`alter table "placement" add constraint "placement_status_check" check("status" in ('DRAFT', 'ACTIVE', 'ENDED', 'WITHDRAWN', 'REFUSED'));`);
    this.addSql(`alter table "placement_agreement" add column "withdrawn_at" timestamptz null, add column "withdrawn_by_id" uuid null, add column "withdrawal_reason" text null, add column "refused_at" timestamptz null, add column "refused_by_id" uuid null, add column "refusal_reason" text null;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_refused_by_id_foreign" foreign key ("refused_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "placement_agreement" drop constraint "placement_agreement_withdrawn_by_id_foreign";`);
    this.addSql(`alter table "placement_agreement" drop constraint "placement_agreement_refused_by_id_foreign";`);
    this.addSql(`alter table "placement_agreement" drop column "withdrawn_at", drop column "withdrawn_by_id", drop column "withdrawal_reason", drop column "refused_at", drop column "refused_by_id", drop column "refusal_reason";`);
    this.addSql(`alter table "placement" drop constraint if exists "placement_status_check";`);
    this.addSql(`update "placement" set "status" = 'ENDED' where "status" in ('WITHDRAWN', 'REFUSED');`);
    this.addSql(`alter table "placement" add constraint "placement_status_check" check("status" in ('DRAFT', 'ACTIVE', 'ENDED'));`);
  }
}
