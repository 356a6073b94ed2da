import { publicContentTypes } from '@portal/schema';

/**
 * What the portal serves publicly, derived from the contract in @portal/schema (`publicContentTypes`).
 * Types added later (applications, votes…) are private unless they are added there.
 */
export type PublicTypeName = keyof typeof publicContentTypes;
export type PublicType = (typeof publicContentTypes)[PublicTypeName];

export const publicTypeNames = Object.keys(publicContentTypes) as PublicTypeName[];
export const publicTypes: PublicType[] = publicTypeNames.map((name) => publicContentTypes[name]);
export const publicUids: ReadonlySet<string> = new Set(publicTypes.map((t) => t.uid));

export function publicTypeByUid(uid: string): PublicType | undefined {
  return publicTypes.find((t) => t.uid === uid);
}

/**
 * What each public type's REST answer embeds. One shape per type: the route middleware
 * (src/middlewares/public-populate.ts) sets it on every `find`/`findOne`, whatever the client sends.
 * Extending a type with a component or relation = one line here.
 */
export const publicPopulate: Record<string, Record<string, unknown>> = {
  'api::topic.topic': {},
  'api::selection-round.selection-round': {
    stages: true,
    criteria: true,
    requirements: true,
    reviewChecks: true,
  },
  'api::accelerator-module.accelerator-module': {},
  'api::success-story.success-story': {
    figures: true,
    image: { fields: ['url', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime'] },
  },
  'api::best-practice.best-practice': {
    topic: { fields: ['title', 'slug', 'summary', 'order'] },
    steps: true,
    results: true,
    participation: true,
    budget: { populate: { sources: true } },
    organisers: true,
    partners: true,
    replication: true,
    contact: true,
    images: { populate: { image: { fields: ['url', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime'] } } },
    links: true,
  },
  'api::project.project': {
    topic: { fields: ['title', 'slug', 'summary', 'order'] },
    indicators: true,
    budgetItems: true,
    team: true,
  },
  'api::refinement.refinement': {
    project: { fields: ['reference'] },
  },
  'api::idea.idea': {
    project: { fields: ['reference'] },
  },
  'api::draw.draw': {},
  'api::programme.programme': {
    goals: { populate: { target: true } },
    involvement: true,
    quote: true,
  },
  'api::platform.platform': {
    advantages: true,
    results: true,
  },
};

/** The users-permissions actions the public role gets: read-only, public types only. */
export function publicPermissionActions(): string[] {
  return [
    ...publicTypes.flatMap((t) => (t.kind === 'collection' ? [`${t.uid}.find`, `${t.uid}.findOne`] : [`${t.uid}.find`])),
    // Live vote counts: numbers per project and idea, nothing about who voted.
    'api::vote.vote.counts',
    // Names of the experts an editor chose to list publicly; nothing else of the roster.
    'api::expert.expert.council',
    // Whether this CMS holds the generated demo (seed, stage): the site's notice and the production guard.
    'api::demo.demo.status',
    // The programme's figures as counts per round and day (src/stats): aggregates, nobody named.
    'api::stats.stats.show',
  ];
}
