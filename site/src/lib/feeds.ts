// The RSS feeds (src/pages/**/rss.xml.ts, rendered by @astrojs/rss): what a subscriber is told, as
// plain items built from the content so that the choices are tested without a build.
import rss from '@astrojs/rss';
import type { Stage, StageKind } from '@portal/schema';
import { calendarDate, sortedStages } from '@portal/schema/domain/round-calendar';
import { formatDateRange } from '@portal/schema/domain/dates';
import { paragraphs } from './text.ts';

export interface Feed {
  href: string;
  title: string;
  /** What a subscriber gets, for the list of feeds. */
  description: string;
}

export const FEEDS = {
  stories: {
    href: '/stories/rss.xml',
    title: 'Истории успеха',
    description: 'Городские проекты платформы, которые получились: новая история — новая запись.',
  },
  practices: {
    href: '/practices/rss.xml',
    title: 'Новые практики Федерального сборника',
    description: 'Практики, добавленные в сборник, — самые новые первыми.',
  },
  selection: {
    href: '/selection/rss.xml',
    title: 'Новости отбора',
    description: 'Начало приёма заявок, голосования жителей, экспертизы и объявление финалистов.',
  },
} as const satisfies Record<string, Feed>;

/** How many of the newest practices the compendium's feed carries. */
export const NEWEST_PRACTICES = 30;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories?: string[];
}

const published = (entry: { publishedAt?: string | null | undefined }) => (entry.publishedAt ? new Date(entry.publishedAt) : undefined);
const firstParagraph = (text: string) => paragraphs(text)[0] ?? text;

export function storyItems(stories: ReadonlyArray<{ slug: string; title: string; city: string; text: string; publishedAt?: string | null }>): FeedItem[] {
  return stories.map((s) => ({
    title: `${s.title} (${s.city})`,
    link: `/stories/${s.slug}/`,
    description: firstParagraph(s.text),
    pubDate: published(s),
  }));
}

type PracticeLike = {
  slug: string;
  title: string;
  city: string;
  year: number;
  summary: string;
  publishedAt?: string | null;
  topic: { title: string } | null;
};

/** The newest practices by the day they were published in the compendium (then by year). */
export function practiceItems(practices: readonly PracticeLike[], limit = NEWEST_PRACTICES): FeedItem[] {
  return [...practices]
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.year - a.year || a.slug.localeCompare(b.slug))
    .slice(0, limit)
    .map((p) => ({
      title: `${p.title} — ${p.city}, ${p.year}`,
      link: `/practices/${p.slug}/`,
      description: p.summary,
      pubDate: published(p),
      categories: p.topic ? [p.topic.title] : [],
    }));
}

/** What the start of each stage means to a reader who follows the selection. */
export const stageNews: Record<StageKind, string> = {
  collection: 'Начался приём заявок',
  technical_review: 'Началась техническая экспертиза заявок',
  main_selection: 'Начался основной отбор: заявки оценивает экспертный совет',
  announcement: 'Объявление финалистов',
};

type RoundLike = {
  year: number;
  title: string;
  timeZone: string;
  votingStart: string | null;
  votingEnd: string | null;
  stages: readonly Stage[];
};

/**
 * One item per stage of every round that has begun by `now` (in the round's time zone), and one for
 * residents' voting when it has its own window; newest first. Stages still ahead are not news yet:
 * the next build after their first day adds them.
 */
export function roundNewsItems(rounds: readonly RoundLike[], now: Date): FeedItem[] {
  const items = rounds.flatMap((round) => {
    const today = calendarDate(now, round.timeZone);
    const news: Array<{ key: string; title: string; start: string; end: string; description: string }> = sortedStages(round.stages).map((s) => ({
      key: s.kind,
      title: stageNews[s.kind],
      start: s.startDate,
      end: s.endDate,
      description: s.description,
    }));
    if (round.votingStart && round.votingEnd) {
      news.push({
        key: 'voting',
        title: 'Началось голосование жителей за проекты',
        start: round.votingStart,
        end: round.votingEnd,
        description: 'Жители голосуют за проекты на их страницах в разделе «Проекты».',
      });
    }
    return news
      .filter((n) => n.start <= today)
      .map((n) => ({
        title: `${n.title} — ${round.title}`,
        // One link per item (the feed's guid); the page opens at its calendar.
        link: `/selection/?news=${round.year}-${n.key}#stages`,
        description: `${formatDateRange(n.start, n.end)}. ${n.description}`,
        pubDate: new Date(`${n.start}T00:00:00Z`),
      }));
  });
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** The feed as @astrojs/rss writes it (RSS 2.0, Russian), with the programme's name before its title. */
export function feedResponse(feed: Feed, items: FeedItem[], programme: string, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('The RSS feeds need the site address (`site` in astro.config.mjs, SITE_URL).');
  return rss({
    title: `${feed.title} — ${programme}`,
    description: feed.description,
    site,
    items,
    customData: '<language>ru</language>',
    // The items' links carry their own slash (and the round news a fragment).
    trailingSlash: false,
  });
}
