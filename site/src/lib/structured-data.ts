// schema.org JSON-LD for search engines: the programme as an Organization (home page), each stage of a
// round as an Event (selection page), practices and success stories as Articles. Plain objects here;
// BaseLayout writes them as `<script type="application/ld+json">` data blocks (never executed).
import type { Stage } from '@portal/schema';
import { clip } from './text.ts';

export type JsonLd = Record<string, unknown> & { '@context': 'https://schema.org'; '@type': string };

const CONTEXT = 'https://schema.org' as const;
const absolute = (path: string, site: URL | string) => new URL(path, site).href;

type ProgrammeLike = { name: string; organiser: string; slogan: string; purpose: string };

const organiser = (p: Pick<ProgrammeLike, 'organiser'>) => ({ '@type': 'Organization', name: p.organiser });

export function organizationLd(programme: ProgrammeLike, site: URL | string): JsonLd {
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

export interface ArticleInput {
  title: string;
  description: string;
  url: URL | string;
  image: URL | string;
  /** When the CMS published and last changed the entry (ISO date-times); left out when unknown. */
  publishedAt?: string | null | undefined;
  updatedAt?: string | null | undefined;
  /** Where it happened: the practice's or story's city. */
  city?: string | undefined;
}

export function articleLd(article: ArticleInput, programme: Pick<ProgrammeLike, 'name' | 'organiser'>, site: URL | string): JsonLd {
  const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : undefined);
  const publisher = { '@type': 'Organization', name: programme.name, url: absolute('/', site), parentOrganization: organiser(programme) };
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: clip(article.title, HEADLINE_MAX),
    description: article.description,
    url: new URL(article.url).href,
    mainEntityOfPage: new URL(article.url).href,
    image: [new URL(article.image).href],
    inLanguage: 'ru',
    author: publisher,
    publisher,
    ...(article.publishedAt ? { datePublished: iso(article.publishedAt) } : {}),
    ...(article.updatedAt ? { dateModified: iso(article.updatedAt) } : {}),
    ...(article.city ? { contentLocation: { '@type': 'Place', name: article.city } } : {}),
  };
}

/** The data block's text: JSON with `<` escaped, so no value can close the script element. */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
