import { describe, expect, it, vi } from 'vitest';
import { buildHookBody, createBuildHookNotifier, type BuildHookBody, type BuildHookLogger } from './notifier';

const URL = 'https://api.netlify.com/build_hooks/secret-id';

function setup(
  responses: Array<number | Error>,
  debounceMs = 2000,
  limits: { maxWaitMs?: number; minIntervalMs?: number; maxDocumentIds?: number; take?: (own: BuildHookBody) => Promise<BuildHookBody | null> } = {},
) {
  const calls: Array<{ url: string; body: any }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
    const next = responses.length > 1 ? responses.shift()! : responses[0]!;
    if (next instanceof Error) throw next;
    return new Response(null, { status: next });
  });
  const lines: string[] = [];
  const log: BuildHookLogger = { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
  const sleeps: number[] = [];
  const notifier = createBuildHookNotifier({
    url: URL,
    debounceMs,
    ...limits,
    fetch: fetch as unknown as typeof globalThis.fetch,
    log,
    now: () => new Date('2026-03-01T10:00:00Z'),
    sleep: async (ms) => void sleeps.push(ms),
  });
  return { notifier, calls, lines, sleeps };
}

/** POSTs sent while 30 changes arrive `everyMs` apart (fake timers, debounce 2 s). */
async function postsDuringStream(limits: { maxWaitMs: number; minIntervalMs: number }, everyMs: number): Promise<number> {
  vi.useFakeTimers();
  try {
    const { notifier, calls } = setup([200], 2000, limits);
    for (let i = 0; i < 30; i += 1) {
      notifier.notify({ event: 'entry.update', uid: 'api::refinement.refinement', documentId: `r${i}` });
      await vi.advanceTimersByTimeAsync(everyMs);
    }
    return calls.length;
  } finally {
    vi.useRealTimers();
  }
}

describe('build hook notifier', () => {
  it('sends one POST for a burst of changes, after the quiet period', async () => {
    vi.useFakeTimers();
    try {
      const { notifier, calls } = setup([200]);
      notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'a' });
      await vi.advanceTimersByTimeAsync(1500);
      notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'b' });
      notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'a' });
      await vi.advanceTimersByTimeAsync(1999);
      expect(calls).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      await notifier.flush();
      expect(calls).toHaveLength(1);
      expect(calls[0]!.url).toBe(URL);
      expect(calls[0]!.body).toEqual({
        event: 'entry.publish',
        uid: 'api::topic.topic',
        documentIds: ['a', 'b'],
        omitted: 0,
        at: '2026-03-01T10:00:00.000Z',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries network errors and 5xx with growing backoff, never logging the URL', async () => {
    const { notifier, calls, lines, sleeps } = setup([new TypeError('fetch failed'), 502, 200]);
    notifier.notify({ event: 'entry.unpublish', uid: 'api::programme.programme', documentId: 'p' });
    await notifier.flush();
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(lines.join('\n')).not.toContain('secret-id');
    expect(lines.at(-1)).toContain('→ 200');
  });

  it('gives up after the retries and does not retry a 4xx', async () => {
    const failing = setup([503]);
    failing.notifier.notify({ event: 'entry.delete', uid: 'api::topic.topic' });
    await failing.notifier.flush();
    expect(failing.calls).toHaveLength(4);

    const rejected = setup([404]);
    rejected.notifier.notify({ event: 'entry.delete', uid: 'api::topic.topic' });
    await rejected.notifier.flush();
    expect(rejected.calls).toHaveLength(1);
  });

  it('flush sends nothing when nothing is pending', async () => {
    const { notifier, calls } = setup([200]);
    await notifier.flush();
    expect(calls).toHaveLength(0);
    expect(notifier.pending()).toBe(0);
  });

  it('summarises mixed changes as multiple', () => {
    const body = buildHookBody(
      [
        { event: 'entry.publish', uid: 'api::topic.topic', documentId: 'a' },
        { event: 'entry.unpublish', uid: 'api::platform.platform', documentId: null },
      ],
      new Date(0),
    );
    expect(body).toEqual({ event: 'multiple', uid: 'multiple', documentIds: ['a'], omitted: 0, at: '1970-01-01T00:00:00.000Z' });
  });

  it('a stream of changes faster than the quiet period still builds, once per longest wait', async () => {
    // 30 s of changes 1 s apart: a build after 10, 20 and 30 s, not none.
    expect(await postsDuringStream({ maxWaitMs: 10_000, minIntervalMs: 0 }, 1000)).toBe(3);
  });

  it('changes spaced just over the quiet period start a build at most once per shortest interval', async () => {
    // 63 s of changes 2.1 s apart: a build after the first quiet period (2 s), the next one no
    // sooner than 30 s later (at 33.5 s, after a quiet period), the third not before 63.5 s — not 30.
    expect(await postsDuringStream({ maxWaitMs: 60_000, minIntervalMs: 30_000 }, 2100)).toBe(2);
  });

  it('keeps a bounded list of changed documents and counts the rest', async () => {
    const { notifier, calls } = setup([200], 2000, { maxDocumentIds: 100 });
    for (let i = 0; i < 10_000; i += 1) notifier.notify({ event: 'entry.publish', uid: 'api::idea.idea', documentId: `i${i}` });
    await notifier.flush();
    expect({ ids: calls[0]!.body.documentIds.length, omitted: calls[0]!.body.omitted }).toEqual({ ids: 100, omitted: 9_900 });
  });

  it('several CMS instances: sends the shared changes it takes, and nothing when another instance took them', async () => {
    const shared = [
      { event: 'entry.publish', uid: 'api::topic.topic', documentId: 'mine' },
      { event: 'entry.publish', uid: 'api::topic.topic', documentId: 'theirs' },
    ];
    const takes: BuildHookBody[] = [];
    const { notifier, calls, lines } = setup([200], 2000, {
      take: async (own) => {
        takes.push(own);
        return takes.length === 1 ? buildHookBody(shared, new Date(own.at)) : null;
      },
    });
    notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'mine' });
    await notifier.flush();
    expect(calls.map((c) => c.body.documentIds)).toEqual([['mine', 'theirs']]);
    notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'later' });
    await notifier.flush();
    expect(calls).toHaveLength(1);
    expect(takes.map((t) => t.documentIds)).toEqual([['mine'], ['later']]);
    expect(lines.at(-1)).toMatch(/already sent by another CMS instance/);
  });

  it('sends its own changes when the shared ones cannot be read', async () => {
    const { notifier, calls } = setup([200], 2000, { take: async () => Promise.reject(new Error('database down')) });
    notifier.notify({ event: 'entry.publish', uid: 'api::topic.topic', documentId: 'mine' });
    await notifier.flush();
    expect(calls.map((c) => c.body.documentIds)).toEqual([['mine']]);
  });
});
