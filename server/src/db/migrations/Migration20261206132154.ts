import { Migration } from '@mikro-orm/migrations';

/** IGU as a programme (issue 16.1): school periods on a placement; what the person receives today. */
export class Migration20261206132154 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "candidate" add column "reference_monthly_income" double precision null;`);
    this.addSql(`alter table "placement" add column "school_periods" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "candidate" drop column "reference_monthly_income";`);
    this.addSql(`alter table "placement" drop column "school_periods";`);
  }
}
