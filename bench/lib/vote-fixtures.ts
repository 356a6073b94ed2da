// Set-up of the vote benchmark through the CMS's real routes, as the integration tests do it
// (tests/integration/voting.test.ts): the round's voting window opened, projects published by a
// moderator from submitted applications, residents verified by the code emailed to them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodedBody } from '../../tests/support/outbox.ts';
import { validApplication } from '../../tests/fixtures/application.ts';

/** Runs `task` over `items`, `concurrency` at a time; answers in the items' order. */
export async function inPool<T, R>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
    }),
  );
  return results;
}

export async function cmsCall(url: string, path: string, init: { method?: string; bearer?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: jsonOrText(await res.text()) };
}

/** A response body as JSON, or as the text itself when it is not JSON (a proxy's error page); null when empty. */
function jsonOrText(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function expectStatus(what: string, got: { status: number; body: unknown }, ...want: number[]): void {
  if (!want.includes(got.status)) throw new Error(`${what}: HTTP ${got.status} (expected ${want.join(' or ')}): ${JSON.stringify(got.body).slice(0, 400)}`);
}

/** Opens the latest round's collection stage (the project voting window) from 5 days ago to 5 days ahead. */
export async function openVotingWindow(cms: string, token: string): Promise<void> {
  const { body } = await cmsCall(cms, '/api/selection-rounds?sort=year:desc');
  const round = body?.data?.[0];
  if (!round) throw new Error(`${cms}/api/selection-rounds has no round: the CMS seed (content/) did not run.`);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(-5), endDate: day(5) } : s));
  expectStatus('opening the voting window', await cmsCall(cms, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', bearer: token, body: { data: { stages } } }), 200);
}

/** `count` applications submitted and published by a moderator; answers the public projects' document ids. */
export async function publishProjects(cms: string, token: string, adminJwt: string, count: number, onProgress: (done: number) => void): Promise<string[]> {
  let done = 0;
  return inPool(Array.from({ length: count }, (_, i) => i), 4, async (i) => {
    const submitted = await cmsCall(cms, '/api/applications/submit', {
      bearer: token,
      body: { data: { ...validApplication(), title: `Проект для голосования № ${i + 1}` }, idempotencyKey: `bench-votes-${i}-${Date.now()}`, year: 2020 },
    });
    expectStatus('submitting an application', submitted, 201);
    const reference = submitted.body.reference as string;
    const found = await cmsCall(cms, `/api/applications?filters[reference][$eq]=${reference}`, { bearer: token });
    const application = found.body.data[0].documentId as string;
    expectStatus(
      'publishing the application as a moderator',
      await cmsCall(cms, `/content-manager/collection-types/api::application.application/${application}`, { method: 'PUT', bearer: adminJwt, body: { moderation: 'published' } }),
      200,
    );
    const project = await cmsCall(cms, `/api/projects?filters[reference][$eq]=${reference}&fields[0]=reference`);
    const id = project.body?.data?.[0]?.documentId as string | undefined;
    if (!id) throw new Error(`Application ${reference} was published but no public project appeared: ${JSON.stringify(project.body).slice(0, 300)}`);
    onProgress(++done);
    return id;
  });
}

/** The latest one-time code per address in an outbox folder; reads only files it has not seen. */
function outboxCodes(dir: string) {
  const seen = new Set<string>();
  const codes = new Map<string, string>();
  return {
    scan() {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml') && !seen.has(f)).sort()) {
        seen.add(file);
        const eml = readFileSync(join(dir, file), 'utf8');
        const to = /^To: (.+)$/im.exec(eml.split(/\r?\n\r?\n/)[0]!)?.[1]?.trim().toLowerCase();
        const code = /код[^:]*: (\d{6})/i.exec(decodedBody(eml))?.[1];
        if (to && code) codes.set(to, code);
      }
    },
    code(address: string): string {
      const code = codes.get(address);
      if (!code) throw new Error(`No code for ${address} in the outbox ${dir}: the CMS's mailer did not write it (OUTBOX_DIR).`);
      return code;
    },
  };
}

/**
 * `count` residents verified as residents are: a code requested for their address
 * (POST /api/residents/challenge), read from the outbox, and confirmed (POST /api/residents/verify).
 * Answers the voters' ids, in the order of `resident-<n>@example.ru`.
 */
export async function verifyVoters(cms: string, token: string, outbox: string, count: number, onProgress: (done: number) => void): Promise<string[]> {
  const codes = outboxCodes(outbox);
  const voters: string[] = [];
  const BATCH = 200;
  for (let from = 0; from < count; from += BATCH) {
    const addresses = Array.from({ length: Math.min(BATCH, count - from) }, (_, i) => `resident-${String(from + i).padStart(5, '0')}@example.ru`);
    await inPool(addresses, 8, async (identifier) =>
      expectStatus('requesting a code', await cmsCall(cms, '/api/residents/challenge', { bearer: token, body: { provider: 'email', identifier } }), 202),
    );
    codes.scan();
    voters.push(
      ...(await inPool(addresses, 8, async (identifier) => {
        const res = await cmsCall(cms, '/api/residents/verify', { bearer: token, body: { provider: 'email', identifier, code: codes.code(identifier) } });
        expectStatus('confirming a code', res, 200);
        return res.body.voter as string;
      })),
    );
    onProgress(voters.length);
  }
  return voters;
}
