// What a content page gets besides its own entry, computed from the published collections. One place
// for the static pages (their getStaticPaths) and the preview page (src/pages/preview/), which renders
// the same pages with a draft in place of the published entry.
import { relatedPractices } from '../lib/practices.ts';
import type { StrapiEntry } from '../loaders/strapi-client.ts';

type Practice = StrapiEntry<'bestPractices'>;
type Story = StrapiEntry<'successStories'>;
type Topic = StrapiEntry<'topics'>;
type AcceleratorModule = StrapiEntry<'acceleratorModules'>;

/** /practices/<slug>/: the practice and up to four related ones. */
export function practicePageProps(practice: Practice, practices: readonly Practice[]) {
  return { practice, related: relatedPractices(practice, practices) };
}

/** /stories/<slug>/: the story and the compendium's practice of the same slug, if any. */
export function storyPageProps(story: Story, practices: readonly Practice[]) {
  return { story, practice: practices.find((p) => p.slug === story.slug) ?? null };
}

/** /topics/<slug>/: the topic, the other topics and the topic's practices. */
export function topicPageProps(topic: Topic, topics: readonly Topic[], practices: readonly Practice[]) {
  return {
    topic,
    others: topics.filter((t) => t.slug !== topic.slug),
    practices: practices.filter((p) => p.topic?.slug === topic.slug),
  };
}

/** /accelerator/ with one module as given (a draft): in its place by number, or added; in number order. */
export function withModule(modules: readonly AcceleratorModule[], module: AcceleratorModule): AcceleratorModule[] {
  return [...modules.filter((m) => m.number !== module.number), module].sort((a, b) => a.number - b.number);
}
