// The expert's endpoints of the functions (same origin): the emailed sign-in link, the session, the
// desk, reviews and conflicts of interest. The session is an HttpOnly cookie the browser sends by
// itself; nothing here reads or stores it. The link's token is sent once, in a POST body.
import type { Review } from '@portal/schema';
import { z } from 'zod';
import { requestJson, type ApiResult, type Fetch } from './api.ts';
import { ExpertDeskSchema, type ExpertDesk } from './expert-desk.ts';

/** `POST /api/experts/link` → 202: the same neutral sentence whether or not the address is an expert's. */
export const LinkSentSchema = z.object({ sent: z.literal(true), message: z.string().min(1) });
export const ExpertSignedInSchema = z.object({ signedIn: z.literal(true), name: z.string() });
export const ReviewSavedSchema = z.object({ status: z.literal('submitted'), total: z.number().min(0).max(100) });
export const ConflictDeclaredSchema = z.object({ reassigned: z.boolean() });
const SignedOutSchema = z.object({ signedIn: z.literal(false) });

export interface ExpertsClient {
  requestLink(email: string): Promise<ApiResult<z.infer<typeof LinkSentSchema>>>;
  signIn(token: string): Promise<ApiResult<z.infer<typeof ExpertSignedInSchema>>>;
  logout(): Promise<ApiResult<z.infer<typeof SignedOutSchema>>>;
  /** 401 when not signed in. */
  desk(): Promise<ApiResult<ExpertDesk>>;
  saveReview(reference: string, review: Review): Promise<ApiResult<z.infer<typeof ReviewSavedSchema>>>;
  declareConflict(reference: string, reason: string): Promise<ApiResult<z.infer<typeof ConflictDeclaredSchema>>>;
}

const path = (reference: string) => encodeURIComponent(reference);

export function expertsClient(fetchImpl: Fetch = (input, init) => fetch(input, init), now: () => number = Date.now): ExpertsClient {
  return {
    requestLink: (email) => requestJson(fetchImpl, 'POST', '/api/experts/link', { email }, LinkSentSchema, now),
    signIn: (token) => requestJson(fetchImpl, 'POST', '/api/experts/session', { token }, ExpertSignedInSchema, now),
    logout: () => requestJson(fetchImpl, 'POST', '/api/experts/logout', {}, SignedOutSchema, now),
    desk: () => requestJson(fetchImpl, 'GET', '/api/experts/desk', undefined, ExpertDeskSchema, now),
    saveReview: (reference, review) => requestJson(fetchImpl, 'PUT', `/api/experts/reviews/${path(reference)}`, review, ReviewSavedSchema, now),
    declareConflict: (reference, reason) => requestJson(fetchImpl, 'POST', `/api/experts/conflicts/${path(reference)}`, { reason }, ConflictDeclaredSchema, now),
  };
}
