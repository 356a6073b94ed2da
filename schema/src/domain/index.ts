// The domain algorithms, apart from the contract (`@portal/schema`): the expert draw, the review
// scores, the ranking and its CSV, a round's calendar, the statistics' daily series, Russian dates
// and the seeded PRNG. Imported as `@portal/schema/domain` on the server; the browser imports the
// zod- and node:-free modules by name (`@portal/schema/domain/round-calendar`,
// `@portal/schema/domain/dates`). A domain module may import the contract; the contract never
// imports the domain.
export * from './assignment.js';
export * from './csv.js';
export * from './daily-series.js';
export * from './dates.js';
export * from './random.js';
export * from './ranking.js';
export * from './round-calendar.js';
export * from './scoring.js';
