import fs from 'node:fs';
import autocannon from 'autocannon';
import { type BenchServer, gql, login, percentile, startSeededServer, table } from './harness.js';

/**
 * `npm run bench:load`: drives a running server with autocannon (60 s at 50 connections
 * by default) on search, match and a mix with writes. GraphQL errors inside HTTP 200
 * answers count as errors. BENCH_URL points it at a server you started yourself
 * (seeded with the demo logins); otherwise it starts and seeds its own.
 */
const DURATION = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const CANDIDATES = Number(process.env.LOAD_CANDIDATES ?? 10_000);

const SEARCH_TERMS = [
  'truck',
  'rengøring',
  'køkken',
  'lager',
  'pleje',
  'gaffeltruk',
  'kasse',
  'maler',
  'hygiejnebevis',
  'plukning',
];

async function main() {
  let own: (BenchServer & { seedSeconds: number }) | null = null;
  let url = process.env.BENCH_URL ?? '';
  if (!url) {
    console.log(`Starting a server with ${CANDIDATES} candidates…`);
    own = await startSeededServer({ candidates: CANDIDATES, companies: Math.round(CANDIDATES / 5) });
    url = own.url;
  }
  try {
    const consultant = await login(url, 'konsulent@demo.dk');
    const tasks = await gql<{ tasks: { edges: { node: { id: string } }[] } }>(
      url,
      consultant,
      '{ tasks(first: 50, filter: { status: OPEN }) { edges { node { id } } } }',
    );
    const taskIds = tasks.tasks.edges.map((e) => e.node.id);
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      url,
      consultant,
      '{ companies(first: 50) { edges { node { id } } } }',
    );
    const companyIds = companies.companies.edges.map((e) => e.node.id);
    if (!taskIds.length || !companyIds.length)
      throw new Error('The server has no open tasks or companies in the consultant portfolio: seed it first.');

    let n = 0;
    const search = () =>
      JSON.stringify({
        query:
          'query($q: String) { searchCandidates(query: $q, first: 20) { totalHits hits { candidate { id firstName } } } }',
        variables: { q: SEARCH_TERMS[n++ % SEARCH_TERMS.length] },
      });
    const match = () =>
      JSON.stringify({
        query: 'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score candidate { id } } }',
        variables: { id: taskIds[n++ % taskIds.length] },
      });
    const write = () =>
      JSON.stringify({
        query:
          'mutation($id: ID!) { recordCompanyContact(companyId: $id, note: "Belastningstest: opfølgning") { id } }',
        variables: { id: companyIds[n++ % companyIds.length] },
      });
    const mix = () => {
      const r = n % 10;
      return r < 6 ? search() : r < 9 ? match() : write();
    };

    const scenarios: [string, () => string][] = [
      ['search', search],
      ['match', match],
      ['mix 60/30/10 with writes', mix],
    ];
    const rows: (string | number)[][] = [];
    for (const [name, body] of scenarios) {
      const latencies: number[] = [];
      let graphqlErrors = 0;
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${url}/graphql`,
            method: 'POST',
            connections: CONNECTIONS,
            duration: DURATION,
            headers: { 'content-type': 'application/json', cookie: consultant },
            requests: [
              {
                setupRequest: (req) => ({ ...req, body: body() }),
                onResponse: (_status, resBody) => {
                  if (resBody.includes('"errors"')) graphqlErrors++;
                },
              },
            ],
          },
          (err, res) => (err ? reject(err) : resolve(res)),
        );
        instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
      });
      latencies.sort((a, b) => a - b);
      const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
      rows.push([
        name,
        result.requests.total,
        Math.round(result.requests.average),
        percentile(latencies, 50).toFixed(1),
        percentile(latencies, 95).toFixed(1),
        percentile(latencies, 99).toFixed(1),
        errors,
      ]);
      console.log(`  ${name}: ${result.requests.total} requests, ${errors} errors`);
    }
    const out = table(['scenario', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], rows);
    const header = `# Load test\n\n${DURATION} s per scenario at ${CONNECTIONS} connections against ${own ? `a fresh server with ${CANDIDATES} candidates` : url}, ${new Date().toISOString().slice(0, 16)} UTC, ${process.env.CI ? 'CI' : 'local'} machine (2 cores). Errors count transport errors, timeouts, non-2xx answers and GraphQL errors inside 200 answers.\n\n`;
    console.log(`\n${out}`);
    fs.writeFileSync('test/bench/LOAD.md', `${header}${out}\n`);
  } finally {
    await own?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
