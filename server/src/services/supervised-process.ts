import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

export interface SupervisedProcessOptions {
  name: string;
  command: string;
  args: string[];
  spawnOptions?: SpawnOptions;
  /** Resolves once the process serves; rejects (or times out) when it never does. */
  waitUntilReady: (child: ChildProcess) => Promise<void>;
  log: (line: string) => void;
  /** Called before each (re)start, e.g. to clear a stale lock file. */
  beforeStart?: () => Promise<void> | void;
  readyTimeoutMs?: number;
}

// Set once the process is shutting down: a terminal's Ctrl-C reaches the children
// too, and their exit then must not be mistaken for a crash.
let shuttingDown = false;
export function stopAllRestarts(): void {
  shuttingDown = true;
}

/**
 * Runs a child service and restarts it with back-off when it dies unexpectedly,
 * so that a crashed embedded PostgreSQL or Meilisearch heals without a person.
 */
export class SupervisedProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private exitWaiters: (() => void)[] = [];

  constructor(private readonly opts: SupervisedProcessOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get restartCount(): number {
    return this.restarts;
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.opts.beforeStart?.();
    const child = spawn(this.opts.command, this.opts.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...this.opts.spawnOptions,
    });
    this.child = child;
    const exited = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(new Error(`${this.opts.name} could not start: ${err.message}`)));
      child.once('exit', (code, signal) =>
        reject(new Error(`${this.opts.name} exited during start-up (code ${code ?? '-'}, signal ${signal ?? '-'})`)),
      );
    });
    exited.catch(() => undefined);
    const timeoutMs = this.opts.readyTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.opts.name} was not ready within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.opts.waitUntilReady(child), exited, timeout]);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    } finally {
      clearTimeout(timer);
    }
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = null;
    const waiters = this.exitWaiters.splice(0);
    for (const w of waiters) w();
    if (this.stopping || shuttingDown) return;
    this.restarts += 1;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(this.restarts - 1, 6));
    this.opts.log(`${this.opts.name} died (code ${code ?? '-'}, signal ${signal ?? '-'}); restarting in ${delay} ms`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.stopping) return;
      this.start().then(
        () => this.opts.log(`${this.opts.name} is back (restart #${this.restarts})`),
        (err: Error) => {
          this.opts.log(`${this.opts.name} restart failed: ${err.message}`);
          this.onExit(child, null, null);
        },
      );
    }, delay);
    this.restartTimer.unref();
  }

  /** Stops the child: `signal` first, SIGKILL when it lingers. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => this.exitWaiters.push(resolve));
    child.kill(signal);
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(killer);
  }

  /** For fault tests: kill the child as a crash would. */
  crash(): void {
    this.child?.kill('SIGKILL');
  }
}

/** Resolves once a line on the child's stderr or stdout contains `needle`. */
export function waitForOutput(child: ChildProcess, needle: string, onLine?: (s: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const check = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      onLine?.(text);
      if (text.includes(needle)) resolve();
    };
    child.stderr?.on('data', check);
    child.stdout?.on('data', check);
  });
}
