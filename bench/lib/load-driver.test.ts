import { describe, expect, it } from 'vitest';
import { type RequestRecord, summarize } from './load-driver.ts';

const record = (at: number, ms: number): RequestRecord => ({ voter: 1, project: 1, status: 201, ms, at, fresh: false });

describe('summarize', () => {
  it('gives each whole second of sending its own p99, so one slow moment stands apart from a slow run', () => {
    const records = [
      ...Array.from({ length: 100 }, (_, i) => record(i * 9, 20)), // second 0: all fast
      ...Array.from({ length: 100 }, (_, i) => record(1000 + i * 9, i < 5 ? 300 : 20)), // second 1: a stall
      record(2500, 40), // second 2: one vote
    ];
    const summary = summarize({ records, wallMs: 3000, startedAt: 0 });
    expect(summary.secondsP99).toEqual([20, 300, 40]);
  });
});
