import fs from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../../server/src/config.js';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { User } from '../../server/src/features/auth/user.entity.js';
import {
  type CheckedEffectFilter,
  EffectService,
  effectStatements,
  readEffect,
} from '../../server/src/features/effect/effect.service.js';
import { PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { bootstrap, isEmpty } from '../../server/src/runtime.js';
import type { Context } from '../../server/src/shared/context.js';
import { addDays } from '../../server/src/shared/dates.js';
import { percentile, table } from './harness.js';

/**
 * `npm run bench:effect [-- --dir /tmp/effect-100k --size 100000 --samples 9 --answers FILE | --compare FILE]`: the
 * effect report (issue 16.6) on a data set kept between runs, so a change to its SQL is timed before and after on
 * the same rows. The first run seeds `size` candidates into `dir` (the demo seed, dated `--today`, default
 * 2026-12-06); later runs reuse them (and apply any new migration). Times the report as the service builds it
 * (its statements and the summary, no HTTP): all industries, the division with the most started placements, and
 * the CSV, interleaved; prints p50/p95 and the cohort statement's `EXPLAIN (ANALYZE, BUFFERS)`. `--answers FILE`
 * writes the statements' rows for a fixed filter, `--compare FILE` checks them against such a file.
 * Delete `dir` when done: it holds a PostgreSQL cluster.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const DIR = arg('dir') ?? '/tmp/effect-100k';
const SIZE = Number(arg('size') ?? 100_000);
const SAMPLES = Number(arg('samples') ?? 9);
const TODAY = arg('today') ?? '2026-12-06';

async function main() {
  fs.mkdirSync(DIR, { recursive: true, mode: 0o755 });
  const config = loadConfig({
    ...process.env,
    DATA_DIR: DIR,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    DATABASE_URL: '',
    MEILI_URL: '',
  });
  const runtime = await bootstrap(config, (s) => console.log(`  ${s}`));
  try {
    if (await isEmpty(runtime.orm)) {
      const t = performance.now();
      const summary = await seedDemo(runtime.services, {
        candidates: SIZE,
        companies: Math.round(SIZE / 5),
        today: TODAY,
      });
      console.log(`seeded: ${summary} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
      await runtime.orm.em.getConnection().execute('vacuum analyze');
    }
    const conn = runtime.orm.em.fork().getConnection();
    const [top] = (await conn.execute(
      `select co.industry_code as code, count(*)::int as n
         from placement p join company co on co.id = p.company_id
        where p.status in ('ACTIVE', 'ENDED') group by co.industry_code order by n desc, code limit 1`,
    )) as { code: string; n: number }[];
    const industry = top?.code ?? '47';
    const window = config.rules.effectMeasurementDays;
    const fixed = (industryCode: string | null): CheckedEffectFilter => ({
      industryCode,
      from: `${addDays(TODAY, -730).slice(0, 7)}-01`,
      to: TODAY,
      types: Object.values(PlacementType),
      today: TODAY,
    });

    // The answers for a fixed filter: the same before and after a change to the SQL.
    const answers: Record<string, unknown> = {};
    for (const code of [null, industry]) {
      const sql = effectStatements(fixed(code), window);
      for (const [name, [text, params]] of Object.entries(sql)) {
        answers[`${code ?? 'all'} ${name}`] = await conn.execute(text, params as never[], 'all');
      }
    }
    const json = JSON.stringify(answers, null, 1);
    if (arg('answers')) fs.writeFileSync(arg('answers')!, json);
    if (arg('compare')) {
      const same = fs.readFileSync(arg('compare')!, 'utf8') === json;
      console.log(same ? 'answers: the same as the file' : 'answers: DIFFERENT from the file');
      if (!same) fs.writeFileSync(`${arg('compare')}.new`, json);
    }

    const consultant = await runtime.orm.em.fork().findOneOrFail(User, { email: 'konsulent@demo.dk' });
    const service = () =>
      new EffectService({ em: runtime.orm.em.fork(), user: consultant, config, locale: 'da' } as unknown as Context);
    const ops: [string, () => Promise<unknown>][] = [
      ['effectReport, all industries', () => service().report(null)],
      [`effectReport, industry ${industry}`, () => service().report({ industryCode: industry })],
      ['effect CSV, all industries', () => service().csv(null)],
    ];
    const times = ops.map(() => [] as number[]);
    for (let i = -2; i < SAMPLES; i++) {
      for (let r = 0; r < ops.length; r++) {
        const k = (((i + r) % ops.length) + ops.length) % ops.length;
        const t = performance.now();
        await ops[k]![1]();
        if (i >= 0) times[k]!.push(performance.now() - t);
      }
    }
    const rows = ops.map(([name], k) => {
      const s = times[k]!.sort((a, b) => a - b);
      return [name, percentile(s, 50).toFixed(0), percentile(s, 95).toFixed(0), s.at(-1)!.toFixed(0), s.length];
    });
    console.log(table(['measure (service, no HTTP)', 'p50 ms', 'p95 ms', 'max ms', 'samples'], rows));
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );

    const { milestones, byCompany, byConsultant } = effectStatements(fixed(null), window);
    for (const [name, [text, params]] of Object.entries({ milestones, byCompany, byConsultant })) {
      const plan = (
        (await readEffect(runtime.orm.em, [`explain (analyze, buffers) ${text}`, params])) as {
          'QUERY PLAN': string;
        }[]
      ).map((r) => r['QUERY PLAN']);
      if (process.argv.includes('--plans')) console.log(`\n${name}:\n  ${plan.join('\n  ')}`);
      else console.log(`${name}: ${plan.find((l) => /Execution Time/.test(l))?.trim()}`);
    }
  } finally {
    await runtime.shutdown();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
