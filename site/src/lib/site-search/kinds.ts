// The kinds of page the site-wide search finds, and how an entry of each becomes a searchable
// document (what the compendium's engine indexes) and a card (what a result shows). Only public
// fields: a project's title, place, topic and texts — never its team, budget or reviewers' notes.
import type { BestPracticeEntry, ProjectEntry, SuccessStoryEntry, TopicEntry } from '@portal/schema';
import { nouns, type PluralForms } from '../plural.ts';
import type { SearchablePractice } from '../search/build-index.ts';
import { toSearchable } from '../search/practice.ts';

export const SEARCH_KINDS = ['practices', 'projects', 'stories', 'topics'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface KindInfo {
  /** The group's heading on the results page. */
  label: string;
  /** The noun a count of this kind takes: «3 практики». */
  noun: PluralForms;
  /** Whether the noun is feminine («Найдена 1 практика», «Найден 1 проект»). */
  feminine: boolean;
}

export const KIND_INFO: Record<SearchKind, KindInfo> = {
  practices: { label: 'Практики', noun: nouns.practice, feminine: true },
  projects: { label: 'Проекты', noun: nouns.project, feminine: false },
  stories: { label: 'Истории успеха', noun: nouns.story, feminine: true },
  topics: { label: 'Тематики', noun: nouns.topic, feminine: true },
};

/** What a result shows; `texts` are where its snippet comes from, the first with a matched word. */
export interface SiteCard {
  href: string;
  title: string;
  /** The kind's own facts in one line: place, year, round. */
  meta: string;
  texts: string[];
}

export interface SiteDoc {
  searchable: SearchablePractice;
  card: SiteCard;
}

/** A card's texts stop growing past this many characters: a snippet needs no more. */
const CARD_TEXT_LIMIT = 3000;

function cardTexts(texts: readonly string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const text of texts) {
    if (!text.trim()) continue;
    if (length >= CARD_TEXT_LIMIT) break;
    kept.push(text.length > CARD_TEXT_LIMIT ? text.slice(0, CARD_TEXT_LIMIT) : text);
    length += text.length;
  }
  return kept;
}

type PracticeInput = Pick<BestPracticeEntry, 'slug' | 'title' | 'city' | 'region' | 'year' | 'summary' | 'body' | 'topic'> &
  Parameters<typeof toSearchable>[0];

export function practiceDoc(practice: PracticeInput): SiteDoc {
  const searchable = toSearchable(practice, practice.topic ?? null);
  return {
    searchable,
    card: {
      href: `/practices/${practice.slug}/`,
      title: practice.title,
      meta: [`${practice.city}, ${practice.region}`, String(practice.year), practice.topic?.title].filter(Boolean).join(' · '),
      texts: cardTexts([searchable.summary, ...searchable.body]),
    },
  };
}

type ProjectInput = Pick<ProjectEntry, 'reference' | 'year' | 'title' | 'topic' | 'city' | 'region' | 'description' | 'problem' | 'effect' | 'audience'>;

export function projectDoc(project: ProjectInput): SiteDoc {
  const body = [project.problem, project.effect, project.audience];
  return {
    searchable: {
      slug: project.reference,
      title: project.title,
      city: project.city,
      region: project.region,
      topic: project.topic,
      year: project.year,
      summary: project.description,
      body,
    },
    card: {
      href: `/projects/${project.reference}/`,
      title: project.title,
      meta: [`${project.city}, ${project.region}`, `отбор ${project.year} года`, project.topic?.title].filter(Boolean).join(' · '),
      texts: cardTexts([project.description, ...body]),
    },
  };
}

type StoryInput = Pick<SuccessStoryEntry, 'slug' | 'title' | 'city' | 'text' | 'figures'>;

export function storyDoc(story: StoryInput): SiteDoc {
  const body = story.figures.map((f) => f.label);
  return {
    searchable: { slug: story.slug, title: story.title, city: story.city, region: '', topic: null, year: 0, summary: story.text, body },
    card: { href: `/stories/${story.slug}/`, title: story.title, meta: story.city, texts: cardTexts([story.text, ...body]) },
  };
}

type TopicInput = Pick<TopicEntry, 'slug' | 'title' | 'summary' | 'description'>;

export function topicDoc(topic: TopicInput): SiteDoc {
  return {
    searchable: { slug: topic.slug, title: topic.title, city: '', region: '', topic: null, year: 0, summary: topic.summary, body: [topic.description] },
    card: { href: `/topics/${topic.slug}/`, title: topic.title, meta: 'Тематика отбора', texts: cardTexts([topic.summary, topic.description]) },
  };
}
