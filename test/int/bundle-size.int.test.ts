import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve('web/dist');
const BUDGET_KB = 300;

/** The JavaScript a first visit downloads: the entry script and its modulepreloads, gzipped. */
function initialJavaScript(): { file: string; gzipKb: number }[] {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.map((f) => ({ file: f, gzipKb: gzipSync(fs.readFileSync(path.join(DIST, f))).length / 1024 }));
}

describe('portal bundle (built by npm test before this runs)', () => {
  it(`loads at most ${BUDGET_KB} kB of gzipped JavaScript on the first page; workspaces are separate chunks`, () => {
    const initial = initialJavaScript();
    const total = initial.reduce((s, f) => s + f.gzipKb, 0);
    console.log(`initial JavaScript: ${total.toFixed(1)} kB gzipped in ${initial.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET_KB);
    const chunks = fs.readdirSync(path.join(DIST, 'assets'));
    // Route-level splitting: the workspace pages are not in the initial download.
    for (const page of ['DashboardPage', 'ImportPage']) {
      const chunk = chunks.find((c) => c.startsWith(`${page}-`));
      expect(chunk, `${page} chunk`).toBeDefined();
      expect(initial.map((i) => i.file)).not.toContain(`/assets/${chunk}`);
    }
  });
});
