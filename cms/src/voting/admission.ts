import { randomBytes } from 'node:crypto';
import { calendarDate, formatDate } from '@portal/schema/domain';
import { Refusal, invalid } from '../core/errors';
import { sessionEnded, unknownVoter, voterVoided } from './refusal';
import type { BatchFacts, VoteWriter, VoterFacts } from './vote-writer';

/**
 * What a vote or a withdrawal must pass before it touches the votes table: the
 * voter (known, not voided), the target (a live project or idea) and, for a project, the voting
 * window of the project's own round (project.year = round.year): another year's round, published
 * early or still open, changes nothing, and a closed round's projects take no more votes (so its
 * ranking never changes). The CMS's vote routes (votes.ts) give it the facts from the database; a
 * vote's checks on the voter and the window run in the writer, on what its batch read (vote-writer.ts).
 * (The voter's rate is counted by the writer, in the database, with the vote: vote-writer.ts.)
 * No Strapi imports here: the rules are tested without Strapi.
 */
export type TargetKind = 'project' | 'idea';
export interface Target {
  kind: TargetKind;
  id: string;
}

export interface LiveTarget {
  project: string;
  /** The project's year: its round's. */
  year: number;
}

export interface RoundFacts {
  window: { startDate: string; endDate: string } | null;
  timeZone: string;
  year: number;
}

export interface VoteFacts {
  /** The voter's row, or null when there is none. */
  voter(voter: string): Promise<VoterFacts | null>;
  /** The project a target belongs to and the project's round (year), when the target is live on the site; null otherwise. */
  target(target: Target): Promise<LiveTarget | null>;
  /** Changes whenever any round is saved or published (one small query; votes that arrive together share it). */
  roundsStamp(): Promise<string>;
  /** The published round of that year. */
  round(year: number): Promise<RoundFacts | null>;
}

/** A value remembered for a few seconds; `clear` when the CMS learns it changed. */
export function cached<K, V>(ttlMs: number) {
  const entries = new Map<K, { value: Promise<V>; until: number }>();
  return {
    get(key: K, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value;
      const value = load();
      entries.set(key, { value, until: now + ttlMs });
      value.catch(() => entries.delete(key));
      if (entries.size > 50_000) entries.clear();
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}

/**
 * A read shared by the calls that come while it runs, and still fresh for each of them: a call gets
 * the result of a read that *began after the call*. With no read running, a call starts one; calls
 * that come while one runs wait for it to end and share the next one. So at most one read runs and
 * one waits, however many votes arrive — and nothing a call could have missed is missed (a change
 * committed before the call is seen by a read that begins after it).
 */
export function freshShared<V>(load: () => Promise<V>): () => Promise<V> {
  let running: Promise<V> | null = null;
  let next: Promise<V> | null = null;
  const start = (): Promise<V> => {
    const read = load();
    running = read;
    const ended = () => {
      if (running === read) running = null;
    };
    read.then(ended, ended);
    return read;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}

export function parseTarget(body: any): Target {
  const t = body?.target;
  const kind = t?.kind;
  const id = t?.id;
  if ((kind !== 'project' && kind !== 'idea') || typeof id !== 'string' || !/^[a-z0-9]{10,40}$/.test(id)) {
    throw invalid({ target: ['Укажите проект или идею, за которые голос'] });
  }
  return { kind, id };
}

export function parseVoter(body: any): string {
  const voter = body?.voter;
  if (typeof voter !== 'string' || !/^[a-z0-9]{10,40}$/.test(voter)) throw invalid({ voter: ['Нет подтверждённого жителя'] });
  return voter;
}

/** A new row's document id, in Strapi's alphabet (24 characters). */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  let id = 'v';
  for (let i = 1; i < 24; i += 1) id += alphabet[bytes[i]! % alphabet.length];
  return id;
}

export function createAdmission(facts: VoteFacts) {
  // Cleared whenever a project or an idea is saved (index.ts), so the minute only matters for
  // another CMS process's changes; at the start of a busy minute every project is looked up again.
  const targets = cached<string, LiveTarget | null>(60_000);
  // Withdrawals only: a vote's check gets its voter's row from its batch (vote-writer.ts).
  const voters = cached<string, VoterFacts | null>(5_000);
  const rounds = cached<number, RoundFacts | null>(10_000);

  // The rounds' stamp is checked on every vote: a saved round takes effect for the very next vote,
  // in every CMS process (a save's event may come after the save has answered, so it is not used).
  // A vote's batch reads it with its other facts; a withdrawal reads it on its own, shared with
  // those that arrive together (freshShared: each still sees every save made before it).
  let roundsStamp = '';
  const readStamp = freshShared(() => facts.roundsStamp());
  async function roundOf(year: number, stamp: string) {
    if (stamp !== roundsStamp) {
      rounds.clear();
      roundsStamp = stamp;
    }
    return rounds.get(year, () => facts.round(year));
  }

  /** The voter in good standing, with this session. */
  function checkVoter(state: VoterFacts | null | undefined, session: number): void {
    if (!state) throw unknownVoter();
    if (state.voided) throw voterVoided();
    if (state.sessionVersion !== session) throw sessionEnded();
  }

  /** The live project or idea the target is, or its refusal. */
  async function resolve(target: Target): Promise<LiveTarget> {
    const resolved = await targets.get(`${target.kind}:${target.id}`, () => facts.target(target));
    if (!resolved) throw new Refusal(404, 'NotFoundError', target.kind === 'project' ? 'Проект не найден или снят с публикации.' : 'Идея не найдена или снята с публикации.');
    return resolved;
  }

  /** For a project: its round's voting window is open today (`stamp`: the rounds' stamp, read after the vote came). */
  async function checkWindow(target: Target, resolved: LiveTarget, now: Date, stamp: string): Promise<void> {
    if (target.kind !== 'project') return;
    const round = await roundOf(resolved.year, stamp);
    const window = round?.window;
    const today = round ? calendarDate(now, round.timeZone) : '';
    if (!window || today < window.startDate || today > window.endDate) {
      const when = window ? ` Голосование открыто с ${formatDate(window.startDate)} по ${formatDate(window.endDate)}.` : '';
      throw new Refusal(400, 'VotingClosed', `Голосование за проекты сейчас закрыто.${when}`, { window: window ?? null });
    }
  }

  return {
    resolve,
    /** A vote's check, run by the writer on the facts its batch read (the voter's row, the rounds' stamp). */
    voteCheck(voter: string, target: Target, resolved: LiveTarget, now: Date, session: number) {
      return async (batch: BatchFacts) => {
        checkVoter(batch.voters.get(voter), session);
        await checkWindow(target, resolved, now, batch.roundsStamp);
      };
    },
    /** Everything a withdrawal must pass (`session`: the session's version), from the cached facts. */
    async admit(voter: string, target: Target, now: Date, session = 0): Promise<{ project: string }> {
      checkVoter(await voters.get(voter, () => facts.voter(voter)), session);
      const resolved = await resolve(target);
      await checkWindow(target, resolved, now, await readStamp());
      return { project: resolved.project };
    },
    forgetTargets: () => targets.clear(),
    forgetVoters: () => voters.clear(),
  };
}

export type Admission = ReturnType<typeof createAdmission>;

/**
 * A vote and a withdrawal from the rules to the database's answer (votes.ts); `changed` is told
 * before the answer when a count changed.
 */
export function createVotePath(admission: Admission, writer: VoteWriter, changed: () => void) {
  return {
    async cast(voter: string, target: Target, now = new Date(), session = 0) {
      const resolved = await admission.resolve(target);
      const check = admission.voteCheck(voter, target, resolved, now, session);
      const { inserted, count } = await writer.cast({ documentId: newDocumentId(), voter, target: `${target.kind}:${target.id}`, kind: target.kind, project: resolved.project, now }, check);
      if (inserted) changed();
      return { status: inserted ? ('counted' as const) : ('already' as const), count };
    },

    async withdraw(voter: string, target: Target, now = new Date(), session = 0) {
      await admission.admit(voter, target, now, session);
      const { removed, count } = await writer.withdraw(voter, `${target.kind}:${target.id}`, now);
      if (removed) changed();
      return { status: removed ? ('withdrawn' as const) : ('not-voted' as const), count };
    },
  };
}
