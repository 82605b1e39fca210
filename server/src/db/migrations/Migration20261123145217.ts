import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "industry" ("code" varchar(8) not null, "name" varchar(255) not null, "name_en" varchar(255) null, "level" text check ("level" in ('SECTION', 'DIVISION')) not null, "section" varchar(8) null, constraint "industry_pkey" primary key ("code"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(200) not null, "role" text check ("role" in ('ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY')) not null, "password_hash" varchar(255) null, "company_id" uuid null, "active" boolean not null default true, "session_epoch" int not null default 0, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "user_epoch" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "company" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cvr" varchar(8) not null, "name" varchar(200) not null, "industry_code" varchar(8) not null, "tier" text check ("tier" in ('PARTNER', 'COLLABORATION', 'CONTACT')) not null, "sector" text check ("sector" in ('PUBLIC', 'PRIVATE')) not null, "postcode" varchar(4) not null, "consultant_id" uuid null, "contact_cadence_days" int not null, "last_contact_at" timestamptz null, "mentor_count" int not null default 0, "mentor_languages" text[] not null default '{}', "version" int not null default 1, constraint "company_pkey" primary key ("id"), constraint company_cadence_positive check (contact_cadence_days > 0), constraint company_cvr_format check (cvr ~ '^[1-9][0-9]{7}\$'));`);
    this.addSql(`alter table "company" add constraint "company_cvr_unique" unique ("cvr");`);
    this.addSql(`create index "company_name_index" on "company" ("name");`);
    this.addSql(`create index "company_industry_code_index" on "company" ("industry_code");`);
    this.addSql(`create index "company_consultant_id_index" on "company" ("consultant_id");`);

    this.addSql(`create table "contact_person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_id" uuid not null, "name" varchar(200) not null, "title" varchar(200) null, "email" varchar(254) null, "phone" varchar(40) null, constraint "contact_person_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_person_company_id_index" on "contact_person" ("company_id");`);

    this.addSql(`create table "company_contact" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_id" uuid not null, "by_id" uuid null, "contacted_at" timestamptz not null, "note" text not null, constraint "company_contact_pkey" primary key ("id"));`);
    this.addSql(`create index "company_contact_company_id_contacted_at_index" on "company_contact" ("company_id", "contacted_at");`);

    this.addSql(`create table "user_industry" ("user_id" uuid not null, "industry_code" varchar(8) not null, constraint "user_industry_pkey" primary key ("user_id", "industry_code"));`);

    this.addSql(`alter table "app_user" add constraint "app_user_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "company" add constraint "company_industry_code_foreign" foreign key ("industry_code") references "industry" ("code") on update cascade;`);
    this.addSql(`alter table "company" add constraint "company_consultant_id_foreign" foreign key ("consultant_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contact_person" add constraint "contact_person_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "company_contact" add constraint "company_contact_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "company_contact" add constraint "company_contact_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_industry" add constraint "user_industry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_industry" add constraint "user_industry_industry_code_foreign" foreign key ("industry_code") references "industry" ("code") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "company" drop constraint "company_industry_code_foreign";`);

    this.addSql(`alter table "user_industry" drop constraint "user_industry_industry_code_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "company" drop constraint "company_consultant_id_foreign";`);

    this.addSql(`alter table "company_contact" drop constraint "company_contact_by_id_foreign";`);

    this.addSql(`alter table "user_industry" drop constraint "user_industry_user_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_company_id_foreign";`);

    this.addSql(`alter table "contact_person" drop constraint "contact_person_company_id_foreign";`);

    this.addSql(`alter table "company_contact" drop constraint "company_contact_company_id_foreign";`);

    this.addSql(`drop table if exists "industry" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "contact_person" cascade;`);

    this.addSql(`drop table if exists "company_contact" cascade;`);

    this.addSql(`drop table if exists "user_industry" cascade;`);
  }

}
