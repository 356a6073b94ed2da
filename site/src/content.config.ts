// One place wires the content: each collection is a content type of @portal/schema, loaded from Strapi.
// Single types (programme, platform) are collections of one entry, keyed by their path.
import { defineCollection } from 'astro:content';
import { councilLoader, demoLoader, statsLoader, strapiLoader, voteCountsLoader } from './loaders/strapi.ts';

export const collections = {
  topics: defineCollection({ loader: strapiLoader('topics') }),
  selectionRounds: defineCollection({ loader: strapiLoader('selectionRounds') }),
  acceleratorModules: defineCollection({ loader: strapiLoader('acceleratorModules') }),
  successStories: defineCollection({ loader: strapiLoader('successStories') }),
  bestPractices: defineCollection({ loader: strapiLoader('bestPractices') }),
  // Moderated applications' public parts; empty until the first is published.
  projects: defineCollection({ loader: strapiLoader('projects') }),
  // Residents' refinements approved by moderators, and ideas inside projects; both may be empty.
  refinements: defineCollection({ loader: strapiLoader('refinements') }),
  ideas: defineCollection({ loader: strapiLoader('ideas') }),
  // The expert draws: the seed's hash before the assignment, the seed and the data after; may be empty.
  draws: defineCollection({ loader: strapiLoader('draws') }),
  // The names of the expert council an editor chose to publish (one entry; empty from an older CMS).
  council: defineCollection({ loader: councilLoader() }),
  // The votes counted when the site was built (one entry); the browser fetches live ones.
  voteCounts: defineCollection({ loader: voteCountsLoader() }),
  // The figures only the CMS can count (applications, voters, votes per day, reviews): one entry, `stats`.
  stats: defineCollection({ loader: statsLoader() }),
  // Whether the CMS holds the generated demo (npm start): the notice on every page (one entry).
  demo: defineCollection({ loader: demoLoader() }),
  programme: defineCollection({ loader: strapiLoader('programme') }),
  platform: defineCollection({ loader: strapiLoader('platform') }),
};
