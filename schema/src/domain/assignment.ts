// Random, fair and auditable assignment of a round's projects to the expert council (issue 6).
// Pure and deterministic: no I/O, no Math.random. Only Node runs it — the CMS draws, `scripts/assign.ts`
// re-runs a published draw from the command line, the tests recompute it — so SHA-256 comes from
// node:crypto (the site shows a published draw; it never re-runs one).
//
// The draw: an editor picks a secret seed and publishes seedHash = SHA-256(seed) before the
// assignment; afterwards the seed is revealed and anyone can recompute the same assignment from the
// published projects and roster. The PRNG is sfc32 seeded with the first 16 bytes of
// SHA-256("assignment-v1:" + seed) (SHA-256 rather than a short string hash such as cyrb128, because
// we need SHA-256 for seedHash anyway and it leaves no room to pick a seed for its PRNG state).
//
// Rules (checked by verifyAssignment):
//  1. each expert gets exactly `perExpert` distinct projects, or all of their eligible projects when
//     fewer exist (with a Russian reason in `shortfall`);
//  2. no expert gets a project from their own city or from a city or a project they declared a
//     conflict with (cities compared trimmed, case- and ё/е-insensitively);
//  3. reviews are spread evenly: the numbers of reviews of any two projects differ by at most one
//     whenever some assignment satisfying rules 1–2 achieves that. When conflicts make it impossible
//     (say, a project from the city of every expert), the result still has the least possible
//     spread: no review can be moved, even along a chain of swaps between experts, from a project
//     with k reviews to one with k − 2 or fewer; such a load vector minimises the sum of squared
//     loads, and with it the largest load and the smallest load at the same time. `note` says so.
//
// Algorithm: (a) greedy in `perExpert` passes; in each pass the experts, in a seeded random order,
// take one more project each from the least-reviewed eligible ones (random among ties); (b) repair,
// while the loads differ by two or more: first random quick moves (an expert of a most-reviewed
// project swaps it for a least-reviewed one, directly or through one intermediate expert), then
// breadth-first searches for chains p → expert → p′ → expert → … → q that move a review from a
// project with k reviews to one with ≤ k − 2 (over an implicit graph: an expert's eligible projects
// are "all but a few", so only the not yet visited projects are scanned). Every move lowers the sum
// of squared loads, so the repair ends; it ends only when a complete search finds no chain at any
// level, which is the optimality condition of the equivalent convex-cost flow, hence rule 3.
// Speed: 10,000 projects and 10,000 experts take about 0.1 s (bench/assignment.ts); rounds where
// conflicts make an even spread impossible for thousands of projects can take seconds.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AssignmentExpertSchema, AssignmentProjectSchema, type AssignmentExpert, type AssignmentProject } from '../draw.js';

export const ASSIGNMENT_ALGORITHM = 'assignment-v1';

export const AssignmentInputSchema = z.object({
  /** The round's projects that passed the technical review. */
  projects: z.array(AssignmentProjectSchema),
  experts: z.array(AssignmentExpertSchema),
  /** The round's `projectsPerExpert` (3). */
  perExpert: z
    .number({ error: 'perExpert должен быть целым числом не меньше 1 (число проектов на эксперта в раунде)' })
    .int('perExpert должен быть целым числом не меньше 1 (число проектов на эксперта в раунде)')
    .min(1, 'perExpert должен быть целым числом не меньше 1 (число проектов на эксперта в раунде)'),
  /** The secret drawn by the editor; its SHA-256 is published before the assignment. */
  seed: z.string({ error: 'Укажите seed — строку, SHA-256 которой публикуется до распределения' }).min(1, 'Пустой seed: укажите строку, SHA-256 которой публикуется до распределения'),
});
export type AssignmentInput = z.input<typeof AssignmentInputSchema>;

export interface ExpertAssignment {
  expertId: string;
  /** Sorted by id. */
  projectIds: string[];
  /** Why the expert got fewer than `perExpert` projects; absent when they got all. */
  shortfall?: string;
}

export interface AssignmentResult {
  algorithm: typeof ASSIGNMENT_ALGORITHM;
  seed: string;
  /** Hex SHA-256 of the seed's UTF-8 bytes: published before the draw. */
  seedHash: string;
  perExpert: number;
  /** One entry per expert, sorted by expert id. */
  assignments: ExpertAssignment[];
  /** Number of reviews of every project, keys in project id order. */
  reviewsPerProject: Record<string, number>;
  /** Present only when conflicts make a spread of at most one review impossible: says why. */
  note?: string;
}

/** Thrown for inputs no assignment can be made from; the message says how to fix them (in Russian). */
export class AssignmentInputError extends Error {
  override name = 'AssignmentInputError';
}

/** Trimmed, lower-case, ё → е: «Йошкар-Ола », «йошкар-ола» and «Ёлки»/«елки» compare equal. */
export function cityKey(city: string): string {
  return city.trim().toLowerCase().replaceAll('ё', 'е');
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Prepared {
  projects: AssignmentProject[];
  experts: AssignmentExpert[];
  perExpert: number;
  seed: string;
  projectCity: Int32Array;
  /** Per expert: city ids they may not review (own city + conflict cities). */
  bannedCities: Set<number>[];
  /** Per expert: project indices they declared a conflict with. */
  bannedProjects: Set<number>[];
  /** Per expert: how many projects they may review. */
  eligibleCount: Int32Array;
}

function prepare(input: AssignmentInput): Prepared {
  const parsed = AssignmentInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
    throw new AssignmentInputError(`Некорректные данные для распределения${where}: ${issue.message}`);
  }
  const { perExpert, seed } = parsed.data;
  const projects = [...parsed.data.projects].sort(byId);
  const experts = [...parsed.data.experts].sort(byId);
  if (projects.length === 0) {
    throw new AssignmentInputError('Нет проектов для распределения: передайте проекты раунда, прошедшие техническую экспертизу.');
  }
  if (experts.length === 0) {
    throw new AssignmentInputError('Нет экспертов для распределения: заполните экспертный совет раунда.');
  }
  for (const [list, what] of [
    [projects, 'проекта'],
    [experts, 'эксперта'],
  ] as const) {
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.id === list[i - 1]!.id) {
        throw new AssignmentInputError(`Повторяется id ${what} «${list[i]!.id}»: у каждого ${what} должен быть свой id.`);
      }
    }
  }
  const cityIds = new Map<string, number>();
  const cityId = (city: string) => {
    const key = cityKey(city);
    let id = cityIds.get(key);
    if (id === undefined) cityIds.set(key, (id = cityIds.size));
    return id;
  };
  const projectIndex = new Map(projects.map((p, i) => [p.id, i]));
  const projectCity = Int32Array.from(projects, (p) => cityId(p.city));
  const perCity = new Map<number, number>();
  for (const c of projectCity) perCity.set(c, (perCity.get(c) ?? 0) + 1);
  const bannedCities = experts.map((e) => new Set([e.city, ...(e.conflictCities ?? [])].map(cityId)));
  const bannedProjects = experts.map((e, i) => {
    const set = new Set<number>();
    for (const id of e.conflicts) {
      const p = projectIndex.get(id);
      if (p !== undefined && !bannedCities[i]!.has(projectCity[p]!)) set.add(p);
    }
    return set;
  });
  const eligibleCount = Int32Array.from(experts, (_, i) => {
    let banned = bannedProjects[i]!.size;
    for (const c of bannedCities[i]!) banned += perCity.get(c) ?? 0;
    return projects.length - banned;
  });
  return { projects, experts, perExpert, seed, projectCity, bannedCities, bannedProjects, eligibleCount };
}

/**
 * Assigns the projects to the experts under the rules above. The same input and seed give the same
 * result, byte for byte, whatever the order of the projects, experts and conflicts in the input.
 * @throws AssignmentInputError when the input is malformed or nothing can be assigned.
 */
export function assignProjects(input: AssignmentInput): AssignmentResult {
  // Long on purpose: the greedy passes and the repair share the seeded PRNG and the load arrays as closures.
  const prep = prepare(input);
  const { projects, experts, perExpert, projectCity, bannedCities, bannedProjects, eligibleCount } = prep;
  const P = projects.length;
  const E = experts.length;
  const random = sfc32(createHash('sha256').update(`${ASSIGNMENT_ALGORITHM}:${prep.seed}`, 'utf8').digest());
  const below = (n: number) => Math.floor(random() * n);
  const eligible = (e: number, p: number) => !bannedCities[e]!.has(projectCity[p]!) && !bannedProjects[e]!.has(p);

  const load = new Int32Array(P);
  const chosen: number[][] = experts.map(() => []);
  const reviewers: number[][] = projects.map(() => []);
  const demand = Int32Array.from(eligibleCount, (n) => Math.min(n, perExpert));

  // (a) Greedy. Buckets of projects by load, each in a random order kept by swap-removal.
  const buckets: number[][] = [shuffle(Array.from({ length: P }, (_, i) => i), below)];
  const slot = new Int32Array(P);
  buckets[0]!.forEach((p, i) => (slot[p] = i));
  const moveUp = (p: number) => {
    const from = buckets[load[p]!]!;
    const last = from.pop()!;
    if (last !== p) {
      from[slot[p]!] = last;
      slot[last] = slot[p]!;
    }
    load[p]!++;
    const to = (buckets[load[p]!] ??= []);
    // Insert at a random place so that later ties stay random.
    const at = below(to.length + 1);
    if (at === to.length) to.push(p);
    else {
      const displaced = to[at]!;
      to.push(displaced);
      slot[displaced] = to.length - 1;
      to[at] = p;
    }
    slot[p] = at;
  };
  const take = (e: number, p: number) => {
    chosen[e]!.push(p);
    reviewers[p]!.push(e);
    moveUp(p);
  };
  const pick = (e: number): number => {
    const mine = chosen[e]!;
    const ok = (p: number) => eligible(e, p) && !mine.includes(p);
    for (const bucket of buckets) {
      if (!bucket || bucket.length === 0) continue;
      for (let tries = 0; tries < 4; tries++) {
        const p = bucket[below(bucket.length)]!;
        if (ok(p)) return p;
      }
      const start = below(bucket.length);
      for (let k = 0; k < bucket.length; k++) {
        const p = bucket[(start + k) % bucket.length]!;
        if (ok(p)) return p;
      }
    }
    return -1;
  };
  const order = Array.from({ length: E }, (_, i) => i);
  for (let pass = 0; pass < perExpert; pass++) {
    shuffle(order, below);
    for (const e of order) {
      if (chosen[e]!.length >= demand[e]!) continue;
      const p = pick(e);
      if (p < 0) throw new Error(`assignProjects: no eligible project left for expert ${experts[e]!.id}`);
      take(e, p);
    }
  }

  // (b) Repair: move reviews along alternating chains from loaded projects to light ones.
  const visitedExpert = new Int32Array(E).fill(-1); // BFS stamp
  const parentProject = new Int32Array(E); // the project through which an expert was reached
  const parentExpert = new Int32Array(P); // the expert through which a project was reached (-1: source)
  const unvisited = new Int32Array(P);
  const pos = new Int32Array(P);
  const projectOrder = shuffle(Array.from({ length: P }, (_, i) => i), below);
  let stamp = 0;

  /**
   * One BFS from all projects with load ≥ level. Each project with load ≤ level − 2 it reaches gets
   * a review moved to it along its chain of the BFS tree, as long as that chain is still intact
   * (an earlier chain of the same search may have changed it) and still an improvement. Returns
   * whether anything moved. With `claims`, each expert adds at most that many projects to the
   * tree: a sparser tree whose chains share fewer experts, so one search moves many reviews; only
   * a complete search (no limit) that moves nothing proves that no chain exists at this level.
   */
  const improve = (level: number, claims = Infinity): boolean => {
    stamp++;
    let size = 0;
    let moved = false;
    const queue: number[] = [];
    for (const p of projectOrder) {
      if (load[p]! >= level) {
        parentExpert[p] = -1;
        queue.push(p);
      } else {
        unvisited[size] = p;
        pos[p] = size++;
      }
    }
    const remove = (i: number) => {
      const last = unvisited[--size]!;
      unvisited[i] = last;
      pos[last] = i;
    };
    for (let head = 0; head < queue.length; head++) {
      const p = queue[head]!;
      for (const e of reviewers[p]!) {
        if (visitedExpert[e] === stamp) continue;
        visitedExpert[e] = stamp;
        parentProject[e] = p;
        const mine = chosen[e]!;
        if (!mine.includes(p)) continue; // e moved away from p along an earlier chain
        for (let i = 0, claimed = 0; i < size && claimed < claims; claimed++) {
          const q = unvisited[i]!;
          if (!eligible(e, q) || mine.includes(q)) {
            i++;
            claimed--;
            continue;
          }
          remove(i);
          parentExpert[q] = e;
          if (load[q]! <= level - 2) {
            if (chainIntact(q)) {
              applyChain(q);
              moved = true;
            }
          } else queue.push(q);
        }
      }
    }
    return moved;
  };
  /** Whether the chain to `q` in the BFS tree can still be applied and still evens the loads. */
  const chainIntact = (target: number): boolean => {
    let q = target;
    while (parentExpert[q] !== -1) {
      const e = parentExpert[q]!;
      const p = parentProject[e]!;
      const mine = chosen[e]!;
      if (!mine.includes(p) || mine.includes(q)) return false;
      q = p;
    }
    return load[q]! >= load[target]! + 2;
  };
  /** Moves one review along the chain to `target`: each expert on it swaps one project for the next. */
  const applyChain = (target: number) => {
    let q = target;
    load[q]!++;
    while (parentExpert[q] !== -1) {
      const e = parentExpert[q]!;
      const p = parentProject[e]!;
      const mine = chosen[e]!;
      mine[mine.indexOf(p)] = q;
      const rp = reviewers[p]!;
      rp.splice(rp.indexOf(e), 1);
      reviewers[q]!.push(e);
      q = p;
    }
    load[q]!--;
  };
  /**
   * A quick move of a review from a heavy project to `q`, found by random probes: directly (an
   * expert of a heavy project p takes q instead) or through one intermediate project (an expert of p
   * takes p′ instead, and an expert of p′ takes q instead).
   */
  const moveQuickly = (q: number, heavy: number[]): boolean => {
    for (let tries = 0; tries < 16; tries++) {
      const p = heavy[below(heavy.length)]!;
      if (load[p]! < load[q]! + 2) continue;
      const rp = reviewers[p]!;
      const e = rp[below(rp.length)]!;
      parentExpert[p] = -1;
      parentProject[e] = p;
      if (eligible(e, q) && !chosen[e]!.includes(q)) {
        parentExpert[q] = e;
        applyChain(q);
        return true;
      }
      const via = below(P);
      if (via === q || via === p || !eligible(e, via) || chosen[e]!.includes(via)) continue;
      const rv = reviewers[via]!;
      if (rv.length === 0) continue;
      const e2 = rv[below(rv.length)]!;
      if (e2 === e || !eligible(e2, q) || chosen[e2]!.includes(q)) continue;
      parentExpert[via] = e;
      parentProject[e2] = via;
      parentExpert[q] = e2;
      applyChain(q);
      return true;
    }
    return false;
  };
  let direct = true;
  for (;;) {
    const { min, max } = spread(load);
    if (max - min <= 1) break;
    // Cheap first: quick moves from the most reviewed projects to the least reviewed ones, in a
    // random order, while they help; the breadth-first search below finds the longer chains and
    // proves, when it finds none, that the loads are as even as they can be.
    if (direct) {
      const heavy = projectOrder.filter((p) => load[p] === max);
      direct = false;
      for (const q of projectOrder) if (load[q]! <= max - 2 && moveQuickly(q, heavy)) direct = true;
      if (direct) continue;
    }
    let improved = false;
    for (let level = max; level >= min + 2 && !improved; level--) improved = improve(level, 4) || improve(level);
    if (!improved) break;
  }

  return present(prep, chosen, load);
}

function present(prep: Prepared, chosen: number[][], load: Int32Array): AssignmentResult {
  const { projects, experts, perExpert, seed, eligibleCount } = prep;
  const assignments = experts.map((expert, e): ExpertAssignment => {
    const projectIds = chosen[e]!.map((p) => projects[p]!.id).sort();
    if (projectIds.length >= perExpert) return { expertId: expert.id, projectIds };
    return { expertId: expert.id, projectIds, shortfall: shortfallReason(eligibleCount[e]!, perExpert) };
  });
  const reviewsPerProject: Record<string, number> = {};
  projects.forEach((p, i) => (reviewsPerProject[p.id] = load[i]!));
  const result: AssignmentResult = { algorithm: ASSIGNMENT_ALGORITHM, seed, seedHash: sha256Hex(seed), perExpert, assignments, reviewsPerProject };
  const { min, max } = spread(load);
  if (max - min > 1) {
    result.note =
      `Число отзывов на проект различается больше чем на единицу (от ${min} до ${max}): ` +
      'конфликты и города экспертов не позволяют распределить ровнее. Распределение при этом наиболее ровное из возможных: ' +
      'ни один отзыв нельзя перенести на проект с меньшим числом отзывов, даже цепочкой замен между экспертами. ' +
      'Чтобы выровнять, добавьте в совет экспертов из других городов.';
  }
  return result;
}

function shortfallReason(eligible: number, perExpert: number): string {
  return (
    `Назначено ${eligible} из ${perExpert}: остальные проекты раунда — из города эксперта ` +
    'или с заявленным экспертом конфликтом интересов (проект или город).'
  );
}

function spread(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Checks a result against the rules for the given input; returns the violations in Russian (empty
 * when every rule holds). Independent of how the result was made: it recomputes eligibility, the
 * counts, and for an uneven spread searches for a chain of swaps that would even it out.
 * @throws AssignmentInputError when the input itself is malformed.
 */
export function verifyAssignment(input: AssignmentInput, output: AssignmentResult): string[] {
  const prep = prepare(input);
  const { projects, experts, perExpert, projectCity, bannedCities, bannedProjects, eligibleCount } = prep;
  const violations: string[] = [];
  const eligible = (e: number, p: number) => !bannedCities[e]!.has(projectCity[p]!) && !bannedProjects[e]!.has(p);
  if (output.seed !== prep.seed) violations.push(`Seed результата («${output.seed}») не совпадает с seed входных данных.`);
  if (output.seedHash !== sha256Hex(prep.seed)) violations.push('seedHash не равен SHA-256 от seed.');
  const projectIndex = new Map(projects.map((p, i) => [p.id, i]));
  const expertIndex = new Map(experts.map((e, i) => [e.id, i]));
  const chosen: number[][] = experts.map(() => []);
  const seen = new Set<string>();
  for (const a of output.assignments) {
    const e = expertIndex.get(a.expertId);
    if (e === undefined) {
      violations.push(`Эксперт «${a.expertId}» отсутствует во входных данных.`);
      continue;
    }
    if (seen.has(a.expertId)) violations.push(`Эксперт «${a.expertId}» встречается в распределении несколько раз.`);
    seen.add(a.expertId);
    const distinct = new Set(a.projectIds);
    if (distinct.size !== a.projectIds.length) violations.push(`Эксперту «${a.expertId}» один проект назначен несколько раз.`);
    for (const id of distinct) {
      const p = projectIndex.get(id);
      if (p === undefined) {
        violations.push(`Эксперту «${a.expertId}» назначен проект «${id}», которого нет среди проектов раунда.`);
        continue;
      }
      if (bannedCities[e]!.has(projectCity[p]!)) {
        violations.push(`Эксперту «${a.expertId}» назначен проект «${id}» из его города или из города, с которым заявлен конфликт.`);
      } else if (bannedProjects[e]!.has(p)) {
        violations.push(`Эксперту «${a.expertId}» назначен проект «${id}», с которым он заявил конфликт.`);
      }
      chosen[e]!.push(p);
    }
    const expected = Math.min(perExpert, eligibleCount[e]!);
    if (distinct.size !== expected) {
      violations.push(`Эксперту «${a.expertId}» назначено ${distinct.size} проектов, а должно быть ${expected}.`);
    }
    if (expected < perExpert && !a.shortfall) violations.push(`У эксперта «${a.expertId}» меньше ${perExpert} проектов, но причина не указана.`);
  }
  for (const expert of experts) if (!seen.has(expert.id)) violations.push(`Эксперт «${expert.id}» не получил распределения.`);
  if (violations.length > 0) return violations;

  const load = new Int32Array(projects.length);
  const reviewers: number[][] = projects.map(() => []);
  chosen.forEach((ps, e) => ps.forEach((p) => (load[p]!++, reviewers[p]!.push(e))));
  projects.forEach((p, i) => {
    if (output.reviewsPerProject[p.id] !== load[i]) {
      violations.push(`reviewsPerProject для «${p.id}» равно ${output.reviewsPerProject[p.id]}, а назначено отзывов: ${load[i]}.`);
    }
  });
  const { min, max } = spread(load);
  for (let level = max; level >= min + 2; level--) {
    const chain = findChain(level, load, reviewers, chosen, eligible);
    if (chain) {
      violations.push(
        `Отзывы распределены неравномерно (от ${min} до ${max} на проект): отзыв можно перенести с проекта «${projects[chain.from]!.id}» ` +
          `(${load[chain.from]}) на проект «${projects[chain.to]!.id}» (${load[chain.to]}).`,
      );
      break;
    }
  }
  if (max - min > 1 && !output.note) violations.push('Разброс числа отзывов больше единицы, но пояснение (note) не указано.');
  return violations;
}

/** A plain BFS for verification: a chain from a project with load ≥ level to one with ≤ level − 2. */
function findChain(
  level: number,
  load: Int32Array,
  reviewers: number[][],
  chosen: number[][],
  eligible: (e: number, p: number) => boolean,
): { from: number; to: number } | null {
  const P = load.length;
  const source = new Int32Array(P).fill(-1);
  const queue: number[] = [];
  for (let p = 0; p < P; p++) if (load[p]! >= level) (source[p] = p), queue.push(p);
  const expertSeen = new Set<number>();
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]!;
    for (const e of reviewers[p]!) {
      if (expertSeen.has(e)) continue;
      expertSeen.add(e);
      for (let q = 0; q < P; q++) {
        if (source[q] !== -1 || !eligible(e, q) || chosen[e]!.includes(q)) continue;
        source[q] = source[p]!;
        if (load[q]! <= level - 2) return { from: source[q]!, to: q };
        queue.push(q);
      }
    }
  }
  return null;
}

function shuffle<T>(items: T[], below: (n: number) => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting PRNG) from 16 bytes; returns floats in [0, 1). */
function sfc32(bytes: Uint8Array): () => number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  let a = view.getUint32(0) | 0;
  let b = view.getUint32(4) | 0;
  let c = view.getUint32(8) | 0;
  let d = view.getUint32(12) | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * What a draw publishes once the main selection is over (the draw's `publishedData`): its inputs
 * and its result, all anyone needs to recompute it with `npm run assign`.
 */
export function drawRecord(input: AssignmentInput, result: AssignmentResult, round: number) {
  const { projects, experts } = input;
  const { algorithm, perExpert, seedHash, assignments, reviewsPerProject, note } = result;
  return {
    algorithm,
    round,
    projectsPerExpert: perExpert,
    seedHash,
    projects,
    experts,
    assignments,
    reviewsPerProject,
    note: note ?? null,
  };
}

/** Hex SHA-256 of the UTF-8 bytes of `text` (the published seedHash). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
