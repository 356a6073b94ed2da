// Sends the application through the site's one client (lib/api.ts) and reads its answer: the reference and the status link,
// the 422's messages per field, or what to say in the summary. No React state: the form's hook
// (use-application-form.ts) turns the outcome into what the person sees.
import type { ApplicationInput } from '@portal/schema';
import { z } from 'zod';
import { requestJson, type Fetch } from '../../../lib/api.ts';
import { formFieldErrors, type FieldErrors } from '../../../lib/application-errors.ts';
import { SUBMIT_MESSAGES } from './messages.ts';

export type SendOutcome =
  | { kind: 'done'; reference: string; statusUrl: string }
  | { kind: 'fields'; errors: FieldErrors }
  | { kind: 'failed'; message: string };

const SubmittedSchema = z.object({ reference: z.string(), statusUrl: z.string() });

export interface SendRequest {
  action: string;
  idempotencyKey: string;
  input: ApplicationInput;
  /** The honeypot's value: empty for a person. */
  website: string;
  /** The keys the form can show a message at (formFieldKeys of the draft). */
  fieldKeys: readonly string[];
}

export async function sendApplication(request: SendRequest, fetcher: Fetch = fetch): Promise<SendOutcome> {
  const body = { ...request.input, website: request.website };
  const result = await requestJson(fetcher, 'POST', request.action, body, SubmittedSchema, Date.now, SUBMIT_MESSAGES, { 'Idempotency-Key': request.idempotencyKey });
  if (result.ok) return { kind: 'done', reference: result.data.reference, statusUrl: result.data.statusUrl };
  const { error } = result;
  if (error.status === 422) {
    const errors = formFieldErrors(error.fields, new Set(request.fieldKeys));
    if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  }
  return { kind: 'failed', message: error.message };
}
