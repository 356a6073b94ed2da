import type { Core } from '@strapi/strapi';
import { type ApplicationRules, parseVideoHosts } from '@portal/schema';

/**
 * The rules an application is checked with: the round's team size (the selection round of that
 * year, else the latest one; 5 without any), the published topics, and the allowed video hosts
 * (VIDEO_HOSTS, comma-separated; the contract's defaults otherwise).
 */
export async function applicationRules(strapi: Core.Strapi, year: number): Promise<ApplicationRules> {
  const rounds = (await strapi.documents('api::selection-round.selection-round').findMany({
    status: 'published',
    fields: ['year', 'maxTeamSize'],
    sort: 'year:desc',
  })) as unknown as Array<{ year: number; maxTeamSize: number }>;
  const round = rounds.find((r) => r.year === year) ?? rounds[0];
  const topics = (await strapi.documents('api::topic.topic').findMany({ status: 'published', fields: ['slug'] })) as unknown as Array<{
    slug: string;
  }>;
  return {
    maxTeamSize: round?.maxTeamSize ?? 5,
    topics: topics.map((t) => t.slug),
    videoHosts: parseVideoHosts(process.env.VIDEO_HOSTS),
  };
}
