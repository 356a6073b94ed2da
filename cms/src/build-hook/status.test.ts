import { describe, expect, it } from 'vitest';
import { createBuildHookNotifier } from './notifier';
// Netlify's side of the signature (what the hosting sends), as npm start's builder signs too.
import { signDeployNotification } from '../../../scripts/lib/netlify-signature';
import { createBuildStatus, verifyDeploySignature, type BuildState } from './status';

// The last build's state for the editors' home: what the notifier reports, what the hosting's
// signed deploy notification may report, and the store every CMS process shares.

function memoryStore() {
  const values = new Map<string, unknown>();
  return { get: async ({ key }: { key: string }) => values.get(key) ?? null, set: async ({ key, value }: { key: string; value: unknown }) => void values.set(key, value) };
}

describe('the notifier reports each transition', () => {
  async function run(answers: Array<number | Error>) {
    const reported: Array<[BuildState, string | undefined]> = [];
    const notifier = createBuildHookNotifier({
      url: 'https://api.netlify.com/build_hooks/secret-id',
      debounceMs: 60_000,
      retries: 1,
      fetch: (async () => {
        const next = answers.shift()!;
        if (next instanceof Error) throw next;
        return new Response(null, { status: next });
      }) as unknown as typeof fetch,
      sleep: async () => {},
      status: (state, detail) => void reported.push([state, detail]),
    });
    notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'a' });
    notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'b' });
    await notifier.flush();
    return reported;
  }

  it('published once per batch, then building when the hook accepts', async () => {
    expect(await run([503, 200])).toEqual([
      ['published', undefined],
      ['building', undefined],
    ]);
  });

  it('the error, without the hook’s address, when the hook refuses or never answers', async () => {
    expect(await run([404])).toEqual([
      ['published', undefined],
      ['error', 'Сборку сайта не удалось запустить: хостинг ответил 404'],
    ]);
    const unreachable = await run([new TypeError('fetch failed'), new TypeError('fetch failed')]);
    expect(unreachable[1]).toEqual(['error', 'Сборку сайта не удалось запустить: хостинг не ответил']);
  });
});

describe('the build status store', () => {
  it('keeps the last transition, in the order reported', async () => {
    const status = createBuildStatus(memoryStore(), { warn() {} }, () => new Date('2026-03-01T10:00:00Z'));
    expect(await status.read()).toBeNull();
    status.report('published');
    status.report('building');
    expect(await status.read()).toEqual({ state: 'building', at: '2026-03-01T10:00:00.000Z' });
    status.report('error', 'Build script returned non-zero exit code: 2');
    expect(await status.read()).toMatchObject({ state: 'error', detail: 'Build script returned non-zero exit code: 2' });
  });

  it('a store that fails is logged, not thrown at the publisher', async () => {
    const warnings: string[] = [];
    const status = createBuildStatus({ get: async () => null, set: async () => Promise.reject(new Error('database is locked')) }, { warn: (m) => warnings.push(m) });
    status.report('published');
    expect(await status.read()).toBeNull();
    expect(warnings).toEqual(['build status: not saved (database is locked)']);
  });
});

describe('deploy notification signatures', () => {
  const body = JSON.stringify({ id: 'd1', state: 'ready' });
  const secret = 'shared-secret';

  it('accepts Netlify’s JWS over this very body only', () => {
    const signature = signDeployNotification(body, secret);
    expect(verifyDeploySignature(signature, body, secret)).toBe(true);
    expect(verifyDeploySignature(signature, JSON.stringify({ id: 'd1', state: 'error' }), secret)).toBe(false);
    expect(verifyDeploySignature(signature, body, 'other-secret')).toBe(false);
    expect(verifyDeploySignature(signature, body, '')).toBe(false);
  });

  it('refuses missing, malformed and tampered signatures', () => {
    const [header, , mac] = signDeployNotification(body, secret).split('.');
    const forged = Buffer.from(JSON.stringify({ iss: 'someone', sha256: 'x' })).toString('base64url');
    for (const signature of [undefined, '', 'a.b', 'a.b.c', `${header}.${forged}.${mac}`]) {
      expect(verifyDeploySignature(signature, body, secret), String(signature)).toBe(false);
    }
  });
});
