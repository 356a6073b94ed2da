import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { RegionSchema } from './regions.js';
import { VOTE_KINDS } from './enums.js';

/**
 * The programme's figures that only the CMS can count: `GET /api/stats` (public, aggregates only).
 * Everything else the statistics page shows (projects by stage, topic and region; approved
 * refinements; ideas) the site counts from its public collections. Nothing here names a person:
 * no e-mail, no voter, no expert, no application below the level of a count.
 */
export const STATS_PATH = 'stats';

const Count = z.number().int().nonnegative();

/** One calendar day (in the round's time zone) and how many things happened on it. */
export const DailyCountSchema = z.object({ date: IsoDateSchema, count: Count });
export type DailyCount = z.infer<typeof DailyCountSchema>;

/** Valid (not voided) votes for one project or idea on one day: the open-data file's row. */
export const TargetDailyVotesSchema = z.object({
  /** A project's reference («ГЛ-2026-0042») or an idea's documentId. */
  target: z.string().min(1),
  kind: z.enum(VOTE_KINDS),
  /** The project's reference, for an idea too. */
  project: z.string().min(1),
  date: IsoDateSchema,
  count: Count,
});
export type TargetDailyVotes = z.infer<typeof TargetDailyVotesSchema>;

/** One round's private-source figures, as counts. */
export const RoundStatsSchema = z.object({
  year: z.number().int(),
  applications: z.object({
    /** Every application received for the year, whatever its moderation. */
    received: Count,
    /** Received per day of the collection window (days with none are listed with 0). */
    byDay: z.array(DailyCountSchema),
    /** Received per region (regions with none omitted). */
    byRegion: z.partialRecord(RegionSchema, Count),
    /** Distinct cities and regions among the applications received. */
    cities: Count,
    regions: Count,
  }),
  residents: z.object({
    /** Distinct verified residents with at least one valid vote for this round's projects or ideas. */
    voted: Count,
  }),
  votes: z.object({
    /** Valid votes for this round's projects and ideas. */
    projects: Count,
    ideas: Count,
    /** Valid votes (projects and ideas) per day of the voting window. */
    byDay: z.array(DailyCountSchema),
    /** Valid votes per project or idea per day (days with none omitted). */
    byTarget: z.array(TargetDailyVotesSchema),
  }),
  refinements: z.object({
    /** Every refinement residents sent, moderated or not (only approved ones are public). */
    submitted: Count,
    approved: Count,
  }),
  experts: z.object({
    /** Experts with at least one review of this round assigned. */
    count: Count,
    /** Reviews assigned and submitted (a declared conflict counts as neither). */
    assigned: Count,
    submitted: Count,
  }),
});
export type RoundStats = z.infer<typeof RoundStatsSchema>;

/** `GET /api/stats`: every round the CMS holds data for, newest first. */
export const PortalStatsSchema = z.object({
  rounds: z.array(RoundStatsSchema),
  /** Verified residents of the platform in all (a voter counts once, however many rounds). */
  residentsTotal: Count,
  generatedAt: z.string(),
});
export type PortalStats = z.infer<typeof PortalStatsSchema>;
