import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentExpert, AssignmentProject } from '../draw.js';
import {
  type AssignmentInput,
  type AssignmentResult,
  AssignmentInputError,
  assignProjects,
  cityKey,
  sha256Hex,
  verifyAssignment,
} from './assignment.js';

const project = (id: string, city: string): AssignmentProject => ({ id, city });
const expert = (id: string, city: string, conflicts: string[] = [], conflictCities?: string[]): AssignmentExpert => ({
  id,
  city,
  conflicts,
  ...(conflictCities ? { conflictCities } : {}),
});
const loads = (result: AssignmentResult) => Object.values(result.reviewsPerProject);
const spreadOf = (result: AssignmentResult) => Math.max(...loads(result)) - Math.min(...loads(result));
const projectsOf = (result: AssignmentResult, expertId: string) => result.assignments.find((a) => a.expertId === expertId)!.projectIds;

/** Nine projects in three cities, four experts (one of them with conflicts): the basic fixture. */
const smallRound: AssignmentInput = {
  projects: ['Казань', 'Пермь', 'Тверь'].flatMap((city, c) => [1, 2, 3].map((n) => project(`p${c * 3 + n}`, city))),
  experts: [
    expert('e1', 'Казань'),
    expert('e2', ' пермь '),
    expert('e3', 'Москва', ['p7', 'p8'], ['Казань']),
    expert('e4', 'Тверь'),
  ],
  perExpert: 3,
  seed: 'round-2020',
};

/** Three projects, four experts, one project each: only e1 may review p3 (everyone else is from its city). */
const onlyE1MayReviewP3 = (seed: string): AssignmentInput => ({
  projects: [project('p1', 'А'), project('p2', 'Б'), project('p3', 'В')],
  experts: [expert('e1', 'Г'), expert('e2', 'В'), expert('e3', 'В'), expert('e4', 'В')],
  perExpert: 1,
  seed,
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe('cityKey', () => {
  it('ignores case, surrounding spaces and ё/е', () => {
    expect(cityKey('  Королёв ')).toBe(cityKey('КОРОЛЕВ'));
    expect(cityKey('Орёл')).not.toBe(cityKey('Орск'));
  });
});

describe('assignProjects', () => {
  it('gives every expert three eligible projects and spreads the reviews evenly', () => {
    const result = assignProjects(smallRound);
    expect(verifyAssignment(smallRound, result)).toEqual([]);
    expect(result.assignments.map((a) => a.projectIds.length)).toEqual([3, 3, 3, 3]);
    expect(spreadOf(result)).toBeLessThanOrEqual(1);
    expect(projectsOf(result, 'e1').every((id) => !['p1', 'p2', 'p3'].includes(id))).toBe(true);
    expect(projectsOf(result, 'e2').every((id) => !['p4', 'p5', 'p6'].includes(id))).toBe(true);
    // e3 is from Moscow but declared Kazan and p7, p8: only p4, p5, p6, p9 remain.
    expect(projectsOf(result, 'e3').every((id) => ['p4', 'p5', 'p6', 'p9'].includes(id))).toBe(true);
    expect(result.seedHash).toBe(sha256Hex('round-2020'));
  });

  it('states a shortfall when an expert has too few non-conflicting projects', () => {
    const input: AssignmentInput = {
      projects: [project('a', 'Казань'), project('b', 'Казань'), project('c', 'Пермь'), project('d', 'Тверь')],
      experts: [expert('x', 'казань', ['c']), expert('y', 'Омск')],
      perExpert: 3,
      seed: 's',
    };
    const result = assignProjects(input);
    expect(verifyAssignment(input, result)).toEqual([]);
    const x = result.assignments.find((a) => a.expertId === 'x')!;
    expect(x.projectIds).toEqual(['d']);
    expect(x.shortfall).toMatch(/Назначено 1 из 3/);
    expect(result.assignments.find((a) => a.expertId === 'y')!.shortfall).toBeUndefined();
  });

  it('evens out the reviews where a plain greedy would not: the light project is reachable only through a swap', () => {
    // e1 must end up with p3.
    const input = onlyE1MayReviewP3('swap');
    for (const seed of ['swap', 'a', 'b', 'c', 'd', 'e']) {
      const result = assignProjects({ ...input, seed });
      expect(verifyAssignment(input, { ...result, seed: 'swap', seedHash: sha256Hex('swap') })).toEqual([]);
      expect(projectsOf(result, 'e1')).toEqual(['p3']);
      expect(spreadOf(result)).toBe(1);
    }
  });

  it('explains an uneven spread that conflicts force, and keeps it as even as possible', () => {
    // p3 is in every expert's city: it cannot get a review, while the others must get two or three.
    const input: AssignmentInput = {
      projects: [project('p1', 'А'), project('p2', 'Б'), project('p3', 'В')],
      experts: ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => expert(id, 'В')),
      perExpert: 1,
      seed: 'forced',
    };
    const result = assignProjects(input);
    expect(verifyAssignment(input, result)).toEqual([]);
    expect(result.reviewsPerProject).toEqual({ p1: expect.any(Number), p2: expect.any(Number), p3: 0 });
    expect([result.reviewsPerProject.p1, result.reviewsPerProject.p2].sort()).toEqual([2, 3]);
    expect(result.note).toMatch(/не позволяют распределить ровнее/);
  });

  it('is reproducible from the seed and independent of the input order', () => {
    const a = assignProjects(smallRound);
    const shuffled: AssignmentInput = {
      ...smallRound,
      projects: [...smallRound.projects].reverse(),
      experts: [...smallRound.experts].reverse().map((e) => ({ ...e, conflicts: [...(e.conflicts ?? [])].reverse() })),
    };
    expect(JSON.stringify(assignProjects(shuffled))).toBe(JSON.stringify(a));
    const seeds = new Set(['1', '2', '3', '4', '5', '6'].map((seed) => JSON.stringify(assignProjects({ ...smallRound, seed }).assignments)));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it.each<[string, Partial<AssignmentInput>, RegExp]>([
    ['no experts', { experts: [] }, /Нет экспертов/],
    ['no projects', { projects: [] }, /Нет проектов/],
    ['perExpert 0', { perExpert: 0 }, /perExpert должен быть целым числом не меньше 1/],
    ['fractional perExpert', { perExpert: 1.5 }, /perExpert/],
    ['empty seed', { seed: '' }, /Пустой seed/],
    ['duplicate project ids', { projects: [project('p1', 'А'), project('p1', 'Б')] }, /Повторяется id проекта «p1»/],
    ['duplicate expert ids', { experts: [expert('e', 'А'), expert('e', 'Б')] }, /Повторяется id эксперта «e»/],
    ['an expert without a city', { experts: [expert('e', '  ')] }, /Не указан город.*experts\.0\.city|experts\.0\.city.*Не указан город/],
  ])('rejects %s with a clear message', (_, patch, message) => {
    const run = () => assignProjects({ ...smallRound, ...patch });
    expect(run).toThrow(AssignmentInputError);
    expect(run).toThrow(message);
  });
});

describe('verifyAssignment', () => {
  it('names each broken rule', () => {
    const good = assignProjects(smallRound);
    const e1 = good.assignments.find((a) => a.expertId === 'e1')!;
    const broken: AssignmentResult = {
      ...good,
      assignments: good.assignments.map((a) => (a === e1 ? { ...a, projectIds: ['p1', e1.projectIds[0]!] } : a)),
    };
    const violations = verifyAssignment(smallRound, broken);
    expect(violations).toContainEqual(expect.stringMatching(/«e1».*«p1».*из его города/));
    expect(violations).toContainEqual(expect.stringMatching(/«e1» назначено 2 проектов, а должно быть 3/));
  });

  it('finds an uneven spread that a chain of swaps would fix', () => {
    const input = onlyE1MayReviewP3('x');
    const uneven: AssignmentResult = {
      ...assignProjects(input),
      assignments: [
        { expertId: 'e1', projectIds: ['p1'] },
        { expertId: 'e2', projectIds: ['p1'] },
        { expertId: 'e3', projectIds: ['p2'] },
        { expertId: 'e4', projectIds: ['p2'] },
      ],
      reviewsPerProject: { p1: 2, p2: 2, p3: 0 },
      note: 'x',
    };
    expect(verifyAssignment(input, uneven)).toEqual([expect.stringMatching(/неравномерно.*«p1».*«p3»/)]);
  });
});

/**
 * Independent check of rule 3's "when feasible": is there an assignment with each expert's count
 * fixed (min(perExpert, eligible)) and every project's load in {⌊T/P⌋, ⌈T/P⌉}? A max-flow with lower
 * bounds on a dense matrix, for small cases only.
 */
function evenSpreadFeasible(input: AssignmentInput, demands: number[]): boolean {
  const { projects, experts } = input;
  const P = projects.length;
  const E = experts.length;
  const total = demands.reduce((s, d) => s + d, 0);
  const low = Math.floor(total / P);
  const high = Math.ceil(total / P);
  // Nodes: 0 source, 1..E experts, E+1..E+P projects, E+P+1 sink, E+P+2 super source, E+P+3 super sink.
  const S = 0;
  const T = E + P + 1;
  const SS = E + P + 2;
  const TT = E + P + 3;
  const n = E + P + 4;
  const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const edge = (u: number, v: number, lower: number, upper: number) => {
    cap[u]![v]! += upper - lower;
    if (lower > 0) {
      cap[SS]![v]! += lower;
      cap[u]![TT]! += lower;
    }
  };
  experts.forEach((e, i) => {
    edge(S, 1 + i, demands[i]!, demands[i]!);
    projects.forEach((p, j) => {
      const banned = new Set([e.city, ...(e.conflictCities ?? [])].map(cityKey));
      if (!banned.has(cityKey(p.city)) && !(e.conflicts ?? []).includes(p.id)) edge(1 + i, 1 + E + j, 0, 1);
    });
  });
  projects.forEach((_, j) => edge(1 + E + j, T, low, high));
  edge(T, S, 0, total);
  let need = 0;
  for (let v = 0; v < n; v++) need += cap[SS]![v]!;
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(n).fill(-1);
    parent[SS] = SS;
    const queue = [SS];
    for (let h = 0; h < queue.length && parent[TT] === -1; h++) {
      const u = queue[h]!;
      for (let v = 0; v < n; v++) if (parent[v] === -1 && cap[u]![v]! > 0) (parent[v] = u), queue.push(v);
    }
    if (parent[TT] === -1) break;
    let push = Infinity;
    for (let v = TT; v !== SS; v = parent[v]!) push = Math.min(push, cap[parent[v]!]![v]!);
    for (let v = TT; v !== SS; v = parent[v]!) (cap[parent[v]!]![v]! -= push), (cap[v]![parent[v]!]! += push);
    flow += push;
  }
  return flow === need;
}

const cities = ['Казань', 'казань ', 'Королёв', 'КОРОЛЕВ', 'Пермь', 'Тверь', 'Омск'];
const rosterArbitrary = fc
  .record({
    projectCities: fc.array(fc.constantFrom(...cities), { minLength: 1, maxLength: 9 }),
    experts: fc.array(
      fc.record({
        city: fc.constantFrom(...cities),
        conflicts: fc.array(fc.nat(9), { maxLength: 3 }),
        conflictCities: fc.option(fc.array(fc.constantFrom(...cities), { maxLength: 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    perExpert: fc.integer({ min: 1, max: 4 }),
    seed: fc.string({ minLength: 1, maxLength: 12 }),
  })
  .map(({ projectCities, experts, perExpert, seed }): AssignmentInput => ({
    projects: projectCities.map((city, i) => project(`p${i}`, city)),
    experts: experts.map((e, i) => expert(`e${i}`, e.city, [...new Set(e.conflicts.map((c) => `p${c}`))], e.conflictCities)),
    perExpert,
    seed,
  }));

describe('assignProjects, property-based', () => {
  it('meets the three rules on random rosters and project sets', () => {
    fc.assert(
      fc.property(rosterArbitrary, (input) => {
        const result = assignProjects(input);
        expect(verifyAssignment(input, result)).toEqual([]);
        // Rules 1 and 2, checked here directly as well.
        for (const a of result.assignments) {
          const e = input.experts.find((x) => x.id === a.expertId)!;
          const banned = new Set([e.city, ...(e.conflictCities ?? [])].map(cityKey));
          const eligible = input.projects.filter((p) => !banned.has(cityKey(p.city)) && !(e.conflicts ?? []).includes(p.id));
          expect(new Set(a.projectIds).size).toBe(a.projectIds.length);
          expect(a.projectIds.length).toBe(Math.min(input.perExpert, eligible.length));
          expect(a.projectIds.every((id) => eligible.some((p) => p.id === id))).toBe(true);
          expect(a.shortfall !== undefined).toBe(eligible.length < input.perExpert);
        }
        // Rule 3: spread ≤ 1 exactly when an independent max-flow says it is achievable.
        const demands = result.assignments.map((a) => a.projectIds.length);
        expect(spreadOf(result) <= 1).toBe(evenSpreadFeasible(input, demands));
        expect(result.note === undefined).toBe(spreadOf(result) <= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('reproduces the same result from the seed whatever the input order', () => {
    fc.assert(
      fc.property(rosterArbitrary, fc.integer(), (input, salt) => {
        const rotate = <T>(xs: T[]) => (xs.length ? [...xs.slice(Math.abs(salt) % xs.length), ...xs.slice(0, Math.abs(salt) % xs.length)] : xs);
        const permuted: AssignmentInput = { ...input, projects: rotate(input.projects).reverse(), experts: rotate(input.experts) };
        expect(JSON.stringify(assignProjects(permuted))).toBe(JSON.stringify(assignProjects(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('meets the rules on larger rounds with many same-city experts (checked by verifyAssignment)', () => {
    const larger = fc
      .record({
        projectCities: fc.array(fc.constantFrom(...cities), { minLength: 20, maxLength: 60 }),
        expertCities: fc.array(fc.constantFrom(...cities), { minLength: 10, maxLength: 80 }),
        perExpert: fc.integer({ min: 1, max: 4 }),
        seed: fc.string({ minLength: 1, maxLength: 8 }),
      })
      .map(({ projectCities, expertCities, perExpert, seed }): AssignmentInput => ({
        projects: projectCities.map((city, i) => project(`p${i}`, city)),
        experts: expertCities.map((city, i) => expert(`e${i}`, city, [`p${i % projectCities.length}`])),
        perExpert,
        seed,
      }));
    fc.assert(
      fc.property(larger, (input) => {
        expect(verifyAssignment(input, assignProjects(input))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
