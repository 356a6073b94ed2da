import { describe, expect, it } from 'vitest';
import { freshShared } from './admission';

/** A read that ends when the test says so; it reports the value the "database" held when it began. */
function controlledReads() {
  let value = 0;
  const pending: Array<() => void> = [];
  let reads = 0;
  const load = () => {
    reads += 1;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  const endOldest = async () => {
    pending.shift()!();
    // Let the promise chains of the ended read run.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { load, endOldest, set: (v: number) => (value = v), reads: () => reads };
}

describe('freshShared (the rounds’ stamp read once for votes that arrive together)', () => {
  it('makes at most two reads for many calls that come while one read runs', async () => {
    const db = controlledReads();
    const read = freshShared(db.load);
    const first = read();
    const rest = Array.from({ length: 20 }, () => read());
    await db.endOldest();
    await db.endOldest();
    await Promise.all([first, ...rest]);
    expect(db.reads()).toBe(2);
  });

  it('never answers a call with a read that began before it', async () => {
    const db = controlledReads();
    const read = freshShared(db.load);
    const early = read();
    db.set(1); // a round saved while the first read runs…
    const late = read(); // …then a vote comes: it must see the save
    await db.endOldest();
    await db.endOldest();
    expect([await early, await late]).toEqual([0, 1]);
  });

  it('starts a new read once the last one ended', async () => {
    const db = controlledReads();
    const read = freshShared(db.load);
    const first = read();
    await db.endOldest();
    await first;
    db.set(2);
    const second = read();
    await db.endOldest();
    expect(await second).toBe(2);
  });
});
