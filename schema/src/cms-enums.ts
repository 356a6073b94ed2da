// Strapi attribute → the tuple its enumeration must equal. cms/src/content-enums.test.ts reads every
// schema.json of the CMS and fails when an enumeration differs from its tuple or has no entry here.
import { BUDGET_ITEM_SOURCES } from './application.js';
import { BUDGET_SOURCE_KINDS } from './best-practice.js';
import {
  ANOMALY_REVIEWS,
  ANOMALY_RULES,
  APPLICATION_MODERATION,
  DRAW_STAGES,
  FIGURE_QUALIFIERS,
  IDEA_AUTHORS,
  IDENTITY_PROVIDERS,
  REFINEMENT_MODERATION,
  REFINEMENT_RESPONSES,
  REVIEW_CHECK,
  REVIEW_STATES,
  STAGE_KINDS,
  VOTE_KINDS,
} from './enums.js';
import { PROJECT_STAGES } from './project.js';
import { RUSSIAN_REGIONS } from './regions.js';

/** `<singularName>.<field>` for content types, `<category>/<component>.<field>` for components. */
export const CMS_ENUMS: Readonly<Record<string, readonly string[]>> = {
  'application.moderation': APPLICATION_MODERATION,
  'application.topicFit': REVIEW_CHECK,
  'application.completenessDecision': REVIEW_CHECK,
  'application.stage': PROJECT_STAGES,
  'project.stage': PROJECT_STAGES,
  'project.region': RUSSIAN_REGIONS,
  'best-practice.region': RUSSIAN_REGIONS,
  'refinement.moderation': REFINEMENT_MODERATION,
  'refinement.response': REFINEMENT_RESPONSES,
  'idea.author': IDEA_AUTHORS,
  'vote.kind': VOTE_KINDS,
  'review.state': REVIEW_STATES,
  'draw.stage': DRAW_STAGES,
  'voter.provider': IDENTITY_PROVIDERS,
  'sign-in-code.provider': IDENTITY_PROVIDERS,
  'vote-anomaly.rule': ANOMALY_RULES,
  'vote-anomaly.review': ANOMALY_REVIEWS,
  'shared/figure.qualifier': FIGURE_QUALIFIERS,
  'project/budget-item.source': BUDGET_ITEM_SOURCES,
  'round/stage.kind': STAGE_KINDS,
  'practice/budget-source.kind': BUDGET_SOURCE_KINDS,
};
