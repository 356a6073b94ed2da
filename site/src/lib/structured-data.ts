// schema.org JSON-LD for search engines: the programme as an Organization (home page), each stage of a
// round as an Event (selection page), practices and success stories as Articles. Plain objects here;
// BaseLayout writes them as `<script type="application/ld+json">` data blocks (never executed).
import type { Stage } from '@portal/schema';
import { clip } from './text.ts';

export type JsonLd = Record<string, unknown> & { '@context': 'https://schema.org'; '@type': string };

const CONTEXT = 'https://schema.org' as const;
/** The site's address (`Astro.site`); always set by astro.config.mjs. */
type Site = URL | string | undefined;
const absolute = (path: string, site: Site) => new URL(path, site).href;

type ProgrammeLike = { name: string; organiser: string; slogan: string; purpose: string };

const organiser = (p: Pick<ProgrammeLike, 'organiser'>) => ({ '@type': 'Organization', name: p.organiser });

export function organizationLd(programme: ProgrammeLike, site: Site): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: programme.name,
    url: absolute('/', site),
    logo: absolute('/favicon.svg', site),
    slogan: programme.slogan,
    description: programme.purpose,
    parentOrganization: organiser(programme),
  };
}

/** Each stage of a round: an online event with its first and last day (ISO dates, as the CMS keeps them). */
export function stageEventsLd(
  round: { title: string; stages: readonly Pick<Stage, 'title' | 'startDate' | 'endDate' | 'description'>[] },
  programme: Pick<ProgrammeLike, 'organiser'>,
  pageUrl: URL | string,
): JsonLd[] {
  const url = new URL(pageUrl).href;
  return round.stages.map((stage) => ({
    '@context': CONTEXT,
    '@type': 'Event',
    name: `${stage.title} — ${round.title}`,
    description: stage.description,
    startDate: stage.startDate,
    endDate: stage.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url },
    organizer: organiser(programme),
    url,
  }));
}

/** Google shows at most 110 characters of a headline. */
const HEADLINE_MAX = 110;

/** What an Article needs of a practice or a story (its CMS entry). */
export interface ArticleEntry {
  title: string;
  /** Where it happened. */
  city?: string | undefined;
  /** When the CMS published and last changed the entry (ISO date-times); left out when unknown. */
  publishedAt?: string | null | undefined;
  updatedAt?: string | null | undefined;
}

/** Where the article is: the page's and its image's paths on the site, and the text under the headline. */
export interface ArticlePage {
  path: string;
  image: string;
  description: string;
}

export function articleLd(entry: ArticleEntry, page: ArticlePage, programme: Pick<ProgrammeLike, 'name' | 'organiser'>, site: Site): JsonLd {
  const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : undefined);
  const publisher = { '@type': 'Organization', name: programme.name, url: absolute('/', site), parentOrganization: organiser(programme) };
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: clip(entry.title, HEADLINE_MAX),
    description: page.description,
    url: absolute(page.path, site),
    mainEntityOfPage: absolute(page.path, site),
    image: [absolute(page.image, site)],
    inLanguage: 'ru',
    author: publisher,
    publisher,
    ...(entry.publishedAt ? { datePublished: iso(entry.publishedAt) } : {}),
    ...(entry.updatedAt ? { dateModified: iso(entry.updatedAt) } : {}),
    ...(entry.city ? { contentLocation: { '@type': 'Place', name: entry.city } } : {}),
  };
}

/** The data block's text: JSON with `<` escaped, so no value can close the script element. */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
