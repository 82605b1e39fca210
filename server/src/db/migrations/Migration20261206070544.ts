import { Migration } from '@mikro-orm/migrations';

export class Migration20261206070544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "unsolved_task" drop constraint task_hours_range;`);

    this.addSql(`alter table "unsolved_task" add column "openings_left" int not null default 0;`);
    this.addSql(`alter table "unsolved_task" add constraint task_hours_range check(weekly_hours > 0 and weekly_hours <= 37);`);

    this.addSql(`alter table "task_competence" drop constraint task_competence_level;`);

    this.addSql(`alter table "task_competence" add constraint task_competence_level check(min_level between 1 and 4);`);

    this.addSql(`alter table "igu_slot" drop constraint igu_hours_range;`);
    this.addSql(`alter table "igu_slot" drop constraint igu_wage_positive;`);

    this.addSql(`alter table "igu_slot" add column "openings_left" int not null default 0;`);
    this.addSql(`alter table "igu_slot" add constraint igu_hours_range check(weekly_hours > 0 and weekly_hours <= 37);`);
    this.addSql(`alter table "igu_slot" add constraint igu_wage_positive check(hourly_wage > 0);`);

    this.addSql(`alter table "candidate" drop constraint candidate_hours;`);

    this.addSql(`alter table "candidate" add column "free_weekly_hours" double precision not null default 0, add column "available_from" date null;`);
    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" drop default;`);
    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" type double precision using ("goal_weekly_hours"::double precision);`);
    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" drop not null;`);
    this.addSql(`alter table "candidate" add constraint candidate_hours check(available_weekly_hours >= 0 and available_weekly_hours <= 37 and (goal_weekly_hours is null or goal_weekly_hours > 0 and goal_weekly_hours <= 37) and current_ordinary_hours >= 0 and current_ordinary_hours <= 37);`);
    // 37 was the only default until now, so a stored 37 is read as "no individual goal": the goal for
    // the person's readiness applies from now on. Any other value was chosen by an adviser and stays.
    this.addSql(`update "candidate" set "goal_weekly_hours" = null where "goal_weekly_hours" = 37;`);
    // Every place is free until the first recompute; runtime.ts recomputes free hours and openings left
    // once right after this migration, with the same pure functions the services use.
    this.addSql(`update "unsolved_task" set "openings_left" = "openings";`);
    this.addSql(`update "igu_slot" set "openings_left" = "openings";`);

    this.addSql(`alter table "follow_up" drop constraint follow_up_hours;`);
    this.addSql(`alter table "follow_up" drop constraint follow_up_progress;`);

    this.addSql(`alter table "follow_up" add constraint follow_up_hours check(attended_hours >= 0 and attended_hours <= 37 and ordinary_hours >= 0 and ordinary_hours <= attended_hours);`);
    this.addSql(`alter table "follow_up" add constraint follow_up_progress check(progress between 1 and 5);`);

    this.addSql(`alter table "candidate_competence" drop constraint candidate_competence_level;`);

    this.addSql(`alter table "candidate_competence" add constraint candidate_competence_level check(level between 1 and 4);`);

    this.addSql(`alter table "weekly_activity" drop constraint weekly_activity_hours;`);

    this.addSql(`alter table "weekly_activity" add constraint weekly_activity_hours check(weekly_hours > 0 and weekly_hours <= 37);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "candidate" drop constraint candidate_hours;`);
    this.addSql(`alter table "candidate" drop column "free_weekly_hours", drop column "available_from";`);

    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" type float8 using ("goal_weekly_hours"::float8);`);
    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" set default 37;`);
    this.addSql(`alter table "candidate" alter column "goal_weekly_hours" set not null;`);
    this.addSql(`alter table "candidate" add constraint candidate_hours check(available_weekly_hours >= (0 precision) AND available_weekly_hours <= (37 precision) AND goal_weekly_hours > (0 precision) AND goal_weekly_hours <= (37 precision) AND current_ordinary_hours >= (0 precision) AND current_ordinary_hours <= (37 precision));`);

    this.addSql(`alter table "candidate_competence" drop constraint candidate_competence_level;`);

    this.addSql(`alter table "candidate_competence" add constraint candidate_competence_level check((level >= 1) AND (level <= 4));`);

    this.addSql(`alter table "follow_up" drop constraint follow_up_progress;`);
    this.addSql(`alter table "follow_up" drop constraint follow_up_hours;`);

    this.addSql(`alter table "follow_up" add constraint follow_up_progress check((progress >= 1) AND (progress <= 5));`);
    this.addSql(`alter table "follow_up" add constraint follow_up_hours check(attended_hours >= (0 precision) AND attended_hours <= (37 precision) AND ordinary_hours >= (0 precision) AND (ordinary_hours <= attended_hours));`);

    this.addSql(`alter table "igu_slot" drop constraint igu_wage_positive;`);
    this.addSql(`alter table "igu_slot" drop constraint igu_hours_range;`);
    this.addSql(`alter table "igu_slot" drop column "openings_left";`);

    this.addSql(`alter table "igu_slot" add constraint igu_wage_positive check(hourly_wage > 0 precision);`);
    this.addSql(`alter table "igu_slot" add constraint igu_hours_range check(weekly_hours > (0 precision) AND weekly_hours <= (37 precision));`);

    this.addSql(`alter table "task_competence" drop constraint task_competence_level;`);

    this.addSql(`alter table "task_competence" add constraint task_competence_level check((min_level >= 1) AND (min_level <= 4));`);

    this.addSql(`alter table "unsolved_task" drop constraint task_hours_range;`);
    this.addSql(`alter table "unsolved_task" drop column "openings_left";`);

    this.addSql(`alter table "unsolved_task" add constraint task_hours_range check(weekly_hours > (0 precision) AND weekly_hours <= (37 precision));`);

    this.addSql(`alter table "weekly_activity" drop constraint weekly_activity_hours;`);

    this.addSql(`alter table "weekly_activity" add constraint weekly_activity_hours check(weekly_hours > (0 precision) AND weekly_hours <= (37 precision));`);
  }

}
