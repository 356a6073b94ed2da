// The site-wide search, built once per site build from the CMS's published entries: one index per
// kind and the vocabulary for spelling suggestions (pages/search/** write them as static JSON).
import { buildSiteSearch, type SiteSearch, siteVocabulary } from '../lib/site-search/build.ts';
import { practiceDoc, projectDoc, type SearchKind, type SiteDoc, storyDoc, topicDoc } from '../lib/site-search/kinds.ts';
import { getBestPractices, getProjects, getSuccessStories, getTopics } from './entries.ts';

let docs: Promise<Record<SearchKind, SiteDoc[]>> | null = null;
let built: Promise<SiteSearch> | null = null;
let vocabulary: Promise<string[]> | null = null;

function getDocs(): Promise<Record<SearchKind, SiteDoc[]>> {
  docs ??= Promise.all([getBestPractices(), getProjects(), getSuccessStories(), getTopics()]).then(([practices, projects, stories, topics]) => ({
    practices: practices.map(practiceDoc),
    projects: projects.map(projectDoc),
    stories: stories.map(storyDoc),
    topics: topics.map(topicDoc),
  }));
  return docs;
}

export function getSiteSearch(): Promise<SiteSearch> {
  built ??= getDocs().then(buildSiteSearch);
  return built;
}

export function getSiteVocabulary(): Promise<string[]> {
  vocabulary ??= getDocs().then(siteVocabulary);
  return vocabulary;
}
