// Sends the application to the function and reads its answer: the reference and the status link,
// the 422's messages per field, or what to say in the summary. No React state: the form's hook
// (use-application-form.ts) turns the outcome into what the person sees.
import type { ApplicationInput } from '@portal/schema';
import { serverFieldErrors, type FieldErrors } from '../../../lib/application-errors.ts';
import { failureMessage, NO_CONNECTION } from './messages.ts';

export type SendOutcome =
  | { kind: 'done'; reference: string; statusUrl: string }
  | { kind: 'fields'; errors: FieldErrors }
  | { kind: 'failed'; message: string };

interface AnswerBody {
  reference?: unknown;
  statusUrl?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: unknown };
}

export interface SendRequest {
  action: string;
  idempotencyKey: string;
  input: ApplicationInput;
  /** The honeypot's value: empty for a person. */
  website: string;
  /** The keys the form can show a message at (formFieldKeys of the draft). */
  fieldKeys: readonly string[];
}

export async function sendApplication(request: SendRequest, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetcher(request.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': request.idempotencyKey },
      body: JSON.stringify({ ...request.input, website: request.website }),
    });
  } catch {
    return { kind: 'failed', message: NO_CONNECTION };
  }
  const body = (await response.json().catch(() => null)) as AnswerBody | null;
  if (response.ok && body && typeof body.reference === 'string' && typeof body.statusUrl === 'string') {
    return { kind: 'done', reference: body.reference, statusUrl: body.statusUrl };
  }
  const error = body?.error;
  if (response.status === 422 && error) {
    const errors = serverFieldErrors(error.details, new Set(request.fieldKeys));
    if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  }
  return { kind: 'failed', message: failureMessage(response.status, error?.message) };
}
