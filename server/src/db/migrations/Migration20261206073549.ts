import { Migration } from '@mikro-orm/migrations';

export class Migration20261206073549 extends Migration {

  override async up(): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "company_name_trgm" on "company" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "unsolved_task_description_trgm" on "unsolved_task" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "unsolved_task_title_trgm" on "unsolved_task" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "candidate_last_name_trgm" on "candidate" using gin ("last_name" gin_trgm_ops);`);
    this.addSql(`create index "candidate_first_name_trgm" on "candidate" using gin ("first_name" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "candidate_last_name_trgm";`);
    this.addSql(`drop index "candidate_first_name_trgm";`);
    this.addSql(`drop index "company_name_trgm";`);
    this.addSql(`drop index "unsolved_task_description_trgm";`);
    this.addSql(`drop index "unsolved_task_title_trgm";`);
  }

}
