// The supervisor of npm start with real child processes: tiny Node scripts that exit, or stop
// answering, as Strapi or netlify dev might. Every wait is on an event or a promise, with a limit.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { type ManagedProcess, ROOT, freePort, startProcess } from './services.ts';
import { type Outcome, Supervisor, httpProbe } from './supervisor.ts';

const TEST_TIMEOUT = 10_000;
/** Each wait's limit, far below the test's: a hang fails with the wait that hung. */
const WAIT_MS = 4000;
const WAIT = { signal: () => AbortSignal.timeout(WAIT_MS) };

/** `promise`, or a rejection naming `what` when it has not settled within WAIT_MS. */
function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${WAIT_MS} ms`)), WAIT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const started: ManagedProcess[] = [];
const supervisors: Array<Supervisor<ManagedProcess>> = [];

afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
  await Promise.all(started.splice(0).map((p) => p.stop()));
});

/** A Node child running `script`; it prints "ready" once it runs (and listens, if it serves). */
async function child(script: string, ...args: string[]): Promise<ManagedProcess> {
  const proc = startProcess('test child', process.execPath, ['-e', script, '--', ...args], { cwd: ROOT, env: process.env });
  started.push(proc);
  await new Promise<void>((resolve, reject) => {
    proc.child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    proc.child.once('exit', (code) => reject(new Error(`the child exited with ${code} before it was ready`)));
  });
  return proc;
}

const EXITS_SOON = `console.log('ready'); setTimeout(() => process.exit(3), 30);`;
const STAYS = `console.log('ready'); setInterval(() => {}, 1000);`;
/** Serves on the port in argv; with "hang" it accepts requests and never answers them. */
const SERVES = `
  const [port, mode] = process.argv.slice(-2);
  require('node:http').createServer((req, res) => { if (mode !== 'hang') res.end('ok'); }).listen(Number(port), '127.0.0.1', () => console.log('ready'));
`;

function supervise(options: ConstructorParameters<typeof Supervisor<ManagedProcess>>[0]): { supervisor: Supervisor<ManagedProcess>; messages: string[] } {
  const messages: string[] = [];
  const supervisor = new Supervisor<ManagedProcess>({ log: (m) => messages.push(m), ...options });
  supervisors.push(supervisor);
  return { supervisor, messages };
}

const outcomeOf = (supervisor: Supervisor<ManagedProcess>): Promise<Outcome> => within('the outcome', supervisor.outcome);

/** Resolves when the `attempt`th restart is running. */
const restarted = (supervisor: Supervisor<ManagedProcess>, attempt: number): Promise<void> =>
  within(`restart ${attempt}`, new Promise<void>((resolve) => supervisor.on('restarted', (_service, n: number) => n === attempt && resolve())));

describe('Supervisor: npm start restarts what dies, within limits', () => {
  it(
    'restarts a process that exits, after a growing back-off, and keeps the one that stays',
    async () => {
      const { supervisor, messages } = supervise({
        name: 'test service',
        hint: 'see test.log',
        policy: { maxRestarts: 3, windowMs: 60_000, backoffMs: [100, 250] },
        // The first start and the first restart exit; the second restart stays up.
        start: (_signal, restart) => child(restart < 2 ? EXITS_SOON : STAYS),
      });
      const diedAt: number[] = [];
      const restarting: Array<{ attempt: number; delayMs: number; at: number }> = [];
      const restartedAt: number[] = [];
      supervisor.on('died', () => diedAt.push(Date.now()));
      supervisor.on('restarting', (event: { attempt: number; delayMs: number }) => restarting.push({ ...event, at: Date.now() }));
      supervisor.on('restarted', () => restartedAt.push(Date.now()));

      const first = await supervisor.start();
      await restarted(supervisor, 2);

      expect(restarting.map(({ attempt, delayMs }) => ({ attempt, delayMs }))).toEqual([
        { attempt: 1, delayMs: 100 },
        { attempt: 2, delayMs: 250 },
      ]);
      // Each restart waited its back-off after the death that caused it.
      expect(restartedAt[0]! - diedAt[0]!).toBeGreaterThanOrEqual(100);
      expect(restartedAt[1]! - diedAt[1]!).toBeGreaterThanOrEqual(250);
      expect(first.exitCode).toBe(3);
      const current = supervisor.current!;
      expect(current).not.toBe(first);
      expect(current.exitCode).toBeNull();
      expect(messages).toContain('test service exited with code 3; see test.log.');
      expect(messages).toContain('Restarting test service in 0.1 s (restart 1 of at most 3 within 1 min)...');
      expect(messages).toContain('test service is running again.');

      await supervisor.stop();
      expect(current.exitCode).not.toBeNull();
      await expect(supervisor.outcome).resolves.toMatchObject({ code: 0 });
    },
    TEST_TIMEOUT,
  );

  it(
    'gives up with a non-zero outcome when it keeps failing, and leaves no process behind',
    async () => {
      const { supervisor, messages } = supervise({
        name: 'test service',
        policy: { maxRestarts: 2, windowMs: 60_000, backoffMs: [20, 40] },
        start: () => child(EXITS_SOON),
      });
      const attempts: number[] = [];
      supervisor.on('restarting', ({ attempt }: { attempt: number }) => attempts.push(attempt));
      await supervisor.start();

      const outcome = await outcomeOf(supervisor);
      expect(outcome.code).toBe(1);
      expect(outcome.reason).toBe('test service failed again after 2 restarts within 1 min (last: exited with code 3); giving up');
      expect(attempts).toEqual([1, 2]);
      expect(started).toHaveLength(3);
      expect(started.map((p) => p.exitCode)).toEqual([3, 3, 3]);
      expect(supervisor.current).toBeNull();
      expect(messages.filter((m) => m.startsWith('Restarting'))).toHaveLength(2);
    },
    TEST_TIMEOUT,
  );

  it(
    'counts a restart that fails to start as a failure, and gives up on those too',
    async () => {
      const { supervisor, messages } = supervise({
        name: 'test service',
        policy: { maxRestarts: 2, windowMs: 60_000, backoffMs: [20] },
        // The restarts exit before they are ready, as a Strapi that cannot open its database would.
        start: (_signal, restart) => child(restart === 0 ? EXITS_SOON : 'process.exit(4)'),
      });
      await supervisor.start();
      const outcome = await outcomeOf(supervisor);
      expect(outcome.code).toBe(1);
      expect(outcome.reason).toMatch(/failed to start again: the child exited with 4 before it was ready\); giving up$/);
      expect(messages).toContain('test service failed to start again: the child exited with 4 before it was ready.');
    },
    TEST_TIMEOUT,
  );

  it(
    'forgets restarts older than the window',
    async () => {
      const { supervisor } = supervise({
        name: 'test service',
        // One restart allowed per 50 ms; each death comes later than that after the last restart.
        policy: { maxRestarts: 1, windowMs: 50, backoffMs: [60] },
        start: (_signal, restart) => child(restart < 3 ? EXITS_SOON : STAYS),
      });
      let gaveUp = false;
      supervisor.on('gave-up', () => (gaveUp = true));
      await supervisor.start();
      await restarted(supervisor, 3);
      expect(gaveUp).toBe(false);
      expect(supervisor.current?.exitCode).toBeNull();
    },
    TEST_TIMEOUT,
  );

  it(
    'stops and restarts a process that stops answering its probe',
    async () => {
      const port = await freePort();
      const { supervisor, messages } = supervise({
        name: 'test server',
        policy: { maxRestarts: 3, windowMs: 60_000, backoffMs: [50] },
        // The first one hangs (accepts, never answers); the restarted one answers.
        start: (_signal, restart) => child(SERVES, String(port), restart === 0 ? 'hang' : 'answer'),
        probes: () => [httpProbe('GET /', `http://127.0.0.1:${port}/`, { intervalMs: 50, timeoutMs: 150, deadAfterMs: 300 })],
      });
      const first = await supervisor.start();
      const [reason] = (await once(supervisor, 'died', { signal: WAIT.signal() })) as [string];
      expect(reason).toMatch(/^has not answered \(GET \/\) for \d+ s$/);
      await once(supervisor, 'restarted', { signal: WAIT.signal() });
      // The hung one was stopped (SIGTERM: 128 + 15), not left running beside the new one.
      expect(first.exitCode).toBe(143);
      expect(messages).toContain('Stopping test server...');
      const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      expect(await res.text()).toBe('ok');
    },
    TEST_TIMEOUT,
  );

  it(
    'stop() during a back-off ends supervision at once, with nothing started again',
    async () => {
      const { supervisor } = supervise({
        name: 'test service',
        policy: { backoffMs: [60_000] },
        start: () => child(EXITS_SOON),
      });
      await supervisor.start();
      await once(supervisor, 'restarting', { signal: WAIT.signal() });
      const stopping = Date.now();
      await supervisor.stop();
      expect(Date.now() - stopping).toBeLessThan(1000);
      await expect(supervisor.outcome).resolves.toMatchObject({ code: 0 });
      expect(started).toHaveLength(1);
    },
    TEST_TIMEOUT,
  );
});
