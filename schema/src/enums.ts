// The states the CMS stores as Strapi enumerations, written once; the zod schemas build their enums
// from these tuples (this module imports nothing, so any module may import it). cms-enums.ts maps
// each Strapi attribute to its tuple.

/** An application's publication by a moderator. */
export const APPLICATION_MODERATION = ['pending', 'published', 'rejected'] as const;
export type ApplicationModeration = (typeof APPLICATION_MODERATION)[number];
/** A technical-review check (topic fit, completeness): not decided, passed, failed. */
export const REVIEW_CHECK = ['pending', 'pass', 'fail'] as const;
export type ReviewCheck = (typeof REVIEW_CHECK)[number];
/** A resident's refinement under moderation. */
export const REFINEMENT_MODERATION = ['pending', 'approved', 'hidden'] as const;
/** A team's answer to a refinement ('none' until it answers). */
export const REFINEMENT_RESPONSES = ['none', 'accepted', 'declined'] as const;
export type RefinementResponse = (typeof REFINEMENT_RESPONSES)[number];
/** Who proposed an idea to vote on. */
export const IDEA_AUTHORS = ['editors', 'team'] as const;
/** What a vote is for. */
export const VOTE_KINDS = ['project', 'idea'] as const;
/** An expert's review of one project. */
export const REVIEW_STATES = ['assigned', 'submitted', 'conflict'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
/** The draw: its seed's hash announced, then the assignment drawn. */
export const DRAW_STAGES = ['announced', 'drawn'] as const;
/** How a resident proved who they are. */
export const IDENTITY_PROVIDERS = ['email'] as const;
/** The anomaly scan's rules: a burst of votes from new accounts, or from established ones. */
export const ANOMALY_RULES = ['new-voters', 'old-voters'] as const;
export type AnomalyRule = (typeof ANOMALY_RULES)[number];
/** A moderator's verdict on a flagged burst. */
export const ANOMALY_REVIEWS = ['open', 'checked', 'voided'] as const;
/** «более 300» or exactly 300. */
export const FIGURE_QUALIFIERS = ['exact', 'more_than'] as const;
/** What a round's stage is for. */
export const STAGE_KINDS = ['collection', 'technical_review', 'main_selection', 'announcement'] as const;
