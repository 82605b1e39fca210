import { Migration } from '@mikro-orm/migrations';

/**
 * The progression ladder's loose ends (issue 16.5): a step corrected by hand (event CORRECTED with the
 * adviser's reason), and the ladder history of a database from before the ladder.
 *
 * The backfill is plain SQL, frozen here: a migration must not call the application's code, which goes on
 * changing after the migration is written. It is the ladder's rule as it stands today (features/ladder,
 * `replay`): each person's placements started (ACTIVE or ENDED), follow-ups with ordinary hours and
 * conversions, in date order, move the person up to the event's step, never down. People with any ladder
 * history are left alone, so it is idempotent and never overwrites what the events wrote. People with nothing
 * to play keep a null step, which the ladder reads as its first step.
 */

/** The default ladder as config.ts had it when this migration was written (LADDER_STEPS, LADDER_EVENT_STEPS). */
const DEFAULT_STEPS = 'ASSESSMENT,INTERNSHIP,SUBSIDISED,ORDINARY_HOURS,ORDINARY_JOB';
const DEFAULT_EVENT_STEPS =
  'INTERNSHIP:INTERNSHIP,WAGE_SUBSIDY:SUBSIDISED,IGU:SUBSIDISED,APPRENTICESHIP:SUBSIDISED,' +
  'SMALL_JOB:ORDINARY_HOURS,ORDINARY_HOURS:ORDINARY_HOURS,ORDINARY_HOURS_RECORDED:ORDINARY_HOURS,CONVERTED:ORDINARY_JOB';

const KEY = /^[A-Z][A-Z0-9_]{0,39}$/;
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The deployment's ladder from the same variables the app reads (a deployment with its own ladder gets its
 * own steps). Keys are checked before they go into the SQL below; the app refuses to start on a bad ladder,
 * and so does this migration.
 */
function ladderSql(env: NodeJS.ProcessEnv = process.env): { steps: string; eventSteps: string } {
  const steps = list(env.LADDER_STEPS ?? DEFAULT_STEPS);
  const pairs = list(env.LADDER_EVENT_STEPS ?? DEFAULT_EVENT_STEPS).map((p) => p.split(':').map((s) => s.trim()));
  const bad = [
    ...steps.filter((s) => !KEY.test(s)),
    ...pairs.filter((p) => p.length !== 2 || !KEY.test(p[0]!) || !steps.includes(p[1]!)).map((p) => p.join(':')),
  ];
  if (steps.length < 2 || bad.length) {
    throw new Error(`LADDER_STEPS / LADDER_EVENT_STEPS: not a ladder (${bad.join(', ') || 'fewer than two steps'})`);
  }
  return {
    steps: steps.map((s, i) => `('${s}', ${i + 1})`).join(', '),
    eventSteps: pairs.map(([event, step]) => `('${event}', '${step}')`).join(', '),
  };
}

export class Migration20261206215000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ladder_entry" drop constraint if exists "ladder_entry_event_check";`);
    this.addSql(`alter table "ladder_entry" add column "reason" text null;`);
    this.addSql(
      `alter table "ladder_entry" add constraint "ladder_entry_event_check" check("event" in ('PLACEMENT_STARTED', 'ORDINARY_HOURS_RECORDED', 'CONVERTED', 'CORRECTED'));`,
    );
    const { steps, eventSteps } = ladderSql();
    // A move is an event whose step lies above the highest step of the person's earlier events (or the first
    // step); ties on a day go lowest step first, so a day with an internship and a job records both moves.
    this.addSql(`
      with ladder(step, pos) as (values ${steps}),
      event_step(key, step) as (values ${eventSteps}),
      events as (
        select p.candidate_id, p.start_date as date, 'PLACEMENT_STARTED' as event, p.type::text as key, p.id as placement_id
          from placement p where p.status in ('ACTIVE', 'ENDED')
        union all
        select p.candidate_id, coalesce(p.conversion_start_date, p.end_date), 'CONVERTED', 'CONVERTED', p.id
          from placement p
         where p.status in ('ACTIVE', 'ENDED') and p.outcome = 'CONVERTED_TO_ORDINARY_HOURS'
           and coalesce(p.conversion_start_date, p.end_date) is not null
        union all
        select p.candidate_id, f.date, 'ORDINARY_HOURS_RECORDED', 'ORDINARY_HOURS_RECORDED', f.placement_id
          from follow_up f join placement p on p.id = f.placement_id
         where f.ordinary_hours > 0 and f.superseded_by_id is null and p.status in ('ACTIVE', 'ENDED')
      ),
      stepped as (
        select e.*, l.step, l.pos
          from events e
          join event_step s on s.key = e.key
          join ladder l on l.step = s.step
         where not exists (select 1 from ladder_entry x where x.candidate_id = e.candidate_id)
      ),
      ranked as (
        select s.*, coalesce(max(s.pos) over (partition by s.candidate_id order by s.date, s.pos, s.event, s.placement_id
                                              rows between unbounded preceding and 1 preceding), 1) as before
          from stepped s
      ),
      moves as (
        select r.*, (select l.step from ladder l where l.pos = r.before) as from_step from ranked r where r.pos > r.before
      ),
      written as (
        insert into ladder_entry (id, created_at, updated_at, candidate_id, date, from_step_key, to_step_key, event, placement_id)
        select gen_random_uuid(), now(), now(), candidate_id, date, from_step, step, event, placement_id from moves
      )
      update candidate c set ladder_step = top.step
        from (select distinct on (candidate_id) candidate_id, step from moves order by candidate_id, pos desc) top
       where c.id = top.candidate_id;`);
  }

  override async down(): Promise<void> {
    // The moves the backfill wrote stay: they are the people's history, not schema.
    this.addSql(`delete from "ladder_entry" where "event" = 'CORRECTED';`);
    this.addSql(`alter table "ladder_entry" drop constraint if exists "ladder_entry_event_check";`);
    this.addSql(`alter table "ladder_entry" drop column "reason";`);
    this.addSql(
      `alter table "ladder_entry" add constraint "ladder_entry_event_check" check("event" in ('PLACEMENT_STARTED', 'ORDINARY_HOURS_RECORDED', 'CONVERTED'));`,
    );
  }
}
