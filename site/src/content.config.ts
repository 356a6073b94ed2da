// One place wires the content: each collection is a content type of @portal/schema, loaded from Strapi.
// Single types (programme, platform) are collections of one entry, keyed by their path.
import { defineCollection } from 'astro:content';
import { strapiLoader } from './loaders/strapi.ts';

export const collections = {
  topics: defineCollection({ loader: strapiLoader('topics') }),
  selectionRounds: defineCollection({ loader: strapiLoader('selectionRounds') }),
  acceleratorModules: defineCollection({ loader: strapiLoader('acceleratorModules') }),
  successStories: defineCollection({ loader: strapiLoader('successStories') }),
  bestPractices: defineCollection({ loader: strapiLoader('bestPractices') }),
  // Moderated applications' public parts; empty until the first is published.
  projects: defineCollection({ loader: strapiLoader('projects') }),
  programme: defineCollection({ loader: strapiLoader('programme') }),
  platform: defineCollection({ loader: strapiLoader('platform') }),
};
