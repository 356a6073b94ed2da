// The Open Graph images the build writes (src/pages/og/cards.json.ts, lib/og/build.ts) and the pages point at.
import { practiceCard, projectCard, siteCard, storyCard, type OgCard } from '../lib/og/card.ts';
import { getBestPractices, getProgramme, getProjects, getSuccessStories } from './entries.ts';

export type OgKind = 'practices' | 'projects' | 'stories' | 'site';

export interface OgImage {
  kind: OgKind;
  id: string;
  card: OgCard;
}

/** The image's path on the site. */
export const ogImagePath = (kind: OgKind, id: string) => `/og/${kind}/${id}.png`;

/** The image of the pages that have none of their own. */
export const DEFAULT_OG_IMAGE = ogImagePath('site', 'default');

/** One image per practice, project and success story, and the site's default. */
export async function getOgImages(): Promise<OgImage[]> {
  const programme = await getProgramme();
  const name = programme.name;
  return [
    { kind: 'site' as const, id: 'default', card: siteCard(programme) },
    ...(await getBestPractices()).map((p) => ({ kind: 'practices' as const, id: p.slug, card: practiceCard(p, name) })),
    ...(await getProjects()).map((p) => ({ kind: 'projects' as const, id: p.reference, card: projectCard(p, name) })),
    ...(await getSuccessStories()).map((s) => ({ kind: 'stories' as const, id: s.slug, card: storyCard(s, name) })),
  ];
}
