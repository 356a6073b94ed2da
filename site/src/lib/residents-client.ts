// The residents' endpoints of the functions (same origin): the one-time code, the session, votes,
// counts and refinements. The session is an HttpOnly cookie the browser sends by itself; nothing
// here reads or stores it.
import { ResidentStateSchema, VoteCountsSchema, VoteResultSchema, type ResidentState, type VoteCounts, type VoteResult, type VoteTarget } from '@portal/schema';
import { z } from 'zod';
import { requestJson, type ApiResult, type Fetch } from './api.ts';

/** `POST /api/residents/code` → 202: where the code went (masked) and the timings of this code. */
export const CodeSentSchema = z.object({
  sentTo: z.string(),
  expiresInSeconds: z.number().int().positive(),
  resendAfterSeconds: z.number().int().nonnegative(),
});
export type CodeSent = z.infer<typeof CodeSentSchema>;

const SignedInSchema = z.object({
  signedIn: z.literal(true),
  votes: z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }),
});
export type SignedIn = z.infer<typeof SignedInSchema>;

const RefinementAcceptedSchema = z.object({ status: z.literal('pending') });

export interface ResidentsClient {
  me(): Promise<ApiResult<ResidentState>>;
  /** `website` is the form's hidden honeypot: sent only when something (a bot) filled it. */
  requestCode(email: string, website?: string): Promise<ApiResult<CodeSent>>;
  verify(email: string, code: string): Promise<ApiResult<SignedIn>>;
  /** Ends this device's session; `everywhere`: every session of the resident («Выйти на всех устройствах»). */
  logout(everywhere?: boolean): Promise<ApiResult<ResidentState>>;
  vote(target: VoteTarget): Promise<ApiResult<VoteResult>>;
  withdraw(target: VoteTarget): Promise<ApiResult<VoteResult>>;
  counts(): Promise<ApiResult<VoteCounts>>;
  proposeRefinement(project: string, text: string): Promise<ApiResult<{ status: 'pending' }>>;
}

export function residentsClient(fetchImpl: Fetch = (input, init) => fetch(input, init), now: () => number = Date.now): ResidentsClient {
  return {
    me: () => requestJson(fetchImpl, 'GET', '/api/residents/me', undefined, ResidentStateSchema, now),
    requestCode: (email, website) => requestJson(fetchImpl, 'POST', '/api/residents/code', website ? { email, website } : { email }, CodeSentSchema, now),
    verify: (email, code) => requestJson(fetchImpl, 'POST', '/api/residents/verify', { email, code }, SignedInSchema, now),
    logout: (everywhere = false) => requestJson(fetchImpl, 'POST', '/api/residents/logout', everywhere ? { everywhere: true } : {}, ResidentStateSchema, now),
    vote: (target) => requestJson(fetchImpl, 'POST', '/api/votes', target, VoteResultSchema, now),
    withdraw: (target) => requestJson(fetchImpl, 'DELETE', '/api/votes', target, VoteResultSchema, now),
    counts: () => requestJson(fetchImpl, 'GET', '/api/votes/counts', undefined, VoteCountsSchema, now),
    proposeRefinement: (project, text) => requestJson(fetchImpl, 'POST', '/api/refinements', { project, text }, RefinementAcceptedSchema, now),
  };
}
