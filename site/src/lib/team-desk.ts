// The team's desk on the private status page: the approved refinements of its published project, to
// answer (taken into account or declined, with a reply), and the project's ideas, to propose more
// (a moderator publishes them first). The private status token authenticates the team; it travels
// in the body, as for the status itself.
import { IdeaProposalSchema, RefinementAnswerSchema, RefinementResponseSchema } from '@portal/schema';
import { z } from 'zod';
import { requestJson, type ApiResult, type Fetch } from './api.ts';
import { issuesToFieldErrors, type FieldErrors } from './application-errors.ts';

/**
 * The residents' part of the status answer. Read leniently: a function older than the voting
 * answers without it, and the status page must still show the stage.
 */
export const TeamDeskSchema = z.object({
  project: z
    .object({
      documentId: z.string().min(1),
      reference: z.string().min(1),
      // After the announcement, a finalist's place and calibrated score.
      selectionRank: z.number().int().positive().nullish().catch(null),
      selectionScore: z.number().nullish().catch(null),
    })
    .nullable()
    .catch(null),
  refinements: z
    .array(
      z.object({
        documentId: z.string().min(1),
        text: z.string(),
        createdAt: z.string(),
        response: RefinementResponseSchema.catch('none'),
        reply: z.string().nullish().transform((r) => r ?? ''),
      }),
    )
    .catch([]),
  ideas: z
    .array(
      z.object({
        documentId: z.string().min(1),
        title: z.string(),
        description: z.string().nullish().transform((d) => d ?? ''),
        // The team's own ideas wait for a moderator before residents see them.
        status: z.enum(['published', 'pending']).catch('published'),
      }),
    )
    .catch([]),
});
export type TeamDesk = z.infer<typeof TeamDeskSchema>;
export type TeamRefinement = TeamDesk['refinements'][number];
export type TeamIdea = TeamDesk['ideas'][number];

export const emptyTeamDesk: TeamDesk = { project: null, refinements: [], ideas: [] };

export function teamDeskOf(body: unknown): TeamDesk {
  const result = TeamDeskSchema.safeParse(body);
  return result.success ? result.data : emptyTeamDesk;
}

type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

function check<T>(schema: z.ZodType<T>, input: unknown, fields: readonly string[]): Checked<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToFieldErrors(result.error.issues, new Set(fields)) };
}

export type RefinementAnswer = z.output<typeof RefinementAnswerSchema>;
/** The team's answer as the form holds it: nothing chosen yet is ''. */
export interface AnswerDraft {
  refinement: string;
  response: '' | 'accepted' | 'declined';
  reply: string;
}

/** The answer checked with the shared schema; messages keyed `response`, `reply` (or '' for the rest). */
export const checkAnswer = (draft: AnswerDraft): Checked<RefinementAnswer> =>
  check(RefinementAnswerSchema, { ...draft, response: draft.response || undefined }, ['response', 'reply']);

export type IdeaProposal = z.output<typeof IdeaProposalSchema>;
/** The idea checked with the shared schema; messages keyed `title`, `description` (or ''). */
export const checkIdea = (draft: { title: string; description: string }): Checked<IdeaProposal> =>
  check(IdeaProposalSchema, draft, ['title', 'description']);

/** The server's 422 field messages on the form's own fields; the rest under '' (the form). */
export function formErrors(fields: FieldErrors, known: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(fields)) {
    const target = known.includes(key) ? key : '';
    errors[target] = [...(errors[target] ?? []), ...messages];
  }
  return errors;
}

/** What the desk says after an answer was saved. */
export function answerSavedMessage(response: RefinementAnswer['response']): string {
  const what = response === 'accepted' ? 'доработка отмечена как учтённая' : 'доработка отмечена как отклонённая';
  return `Ответ сохранён: ${what}. На странице проекта он появится в течение нескольких минут.`;
}

export const IDEA_SENT = 'Идея отправлена на модерацию. Когда модератор её одобрит, она появится на странице проекта и жители смогут за неё голосовать.';
/** The mark of an idea a moderator has not published yet. */
export const IDEA_PENDING = 'на модерации';

export interface TeamClient {
  answerRefinement(token: string, answer: RefinementAnswer): Promise<ApiResult<{ ok: true }>>;
  proposeIdea(token: string, idea: IdeaProposal): Promise<ApiResult<{ documentId: string }>>;
}

export function teamClient(fetchImpl: Fetch = (input, init) => fetch(input, init), now: () => number = Date.now): TeamClient {
  return {
    answerRefinement: (token, answer) =>
      requestJson(fetchImpl, 'POST', '/api/team/refinements', { token, ...answer }, z.object({ ok: z.literal(true) }), now),
    proposeIdea: (token, idea) => requestJson(fetchImpl, 'POST', '/api/team/ideas', { token, ...idea }, z.object({ documentId: z.string().min(1) }), now),
  };
}
