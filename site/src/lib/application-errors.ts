// Errors of the application form, keyed by the field they belong to. The key is the schema's path
// joined by dots («team.0.name», «budget.total»): the same key the function's 422 answer uses in
// `details.fields`, so the browser's and the server's messages land beside the same field.

import { fieldErrors, type FieldErrors, type PathIssue } from '@portal/schema';

export type { FieldErrors, PathIssue };


/** The element id of the field with key `key` («team.0.name» → «application-team-0-name»). */
export const fieldId = (key: string): string => `application-${key.replace(/[^A-Za-z0-9]+/g, '-') || 'form'}`;

/**
 * The field a message belongs to: the key itself when the form has such a field, else the nearest
 * enclosing key it has (a message about «team» goes to the team's fieldset), else '' (the form).
 */
export function nearestField(key: string, fields: ReadonlySet<string>): string {
  const parts = key.split('.').filter(Boolean);
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (fields.has(candidate)) return candidate;
    parts.pop();
  }
  return '';
}

function add(errors: FieldErrors, key: string, message: string): void {
  const list = (errors[key] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** zod issues as messages per field of the form (the shared mapping, each message once per field). */
export function issuesToFieldErrors(issues: readonly PathIssue[], fields: ReadonlySet<string>): FieldErrors {
  const errors = fieldErrors(issues, { keyOf: (key) => nearestField(key, fields) });
  for (const [key, messages] of Object.entries(errors)) errors[key] = [...new Set(messages)];
  return errors;
}

/**
 * `details.fields` of an answer in the one error shape as lists of non-empty strings per field;
 * anything else is dropped (the answer comes from the network).
 */
export function detailFields(details: unknown): FieldErrors {
  const raw = details && typeof details === 'object' ? (details as { fields?: unknown }).fields : undefined;
  const fields: FieldErrors = {};
  if (!raw || typeof raw !== 'object') return fields;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    if (messages.length) fields[key] = messages;
  }
  return fields;
}

/** The `details.fields` of the function's 422 answer as messages per field of the form. */
export function serverFieldErrors(details: unknown, fields: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(detailFields(details))) for (const message of messages) add(errors, nearestField(key, fields), message);
  return errors;
}

/**
 * The errors after a change, once the person has tried to submit: a field whose mistake is fixed
 * loses its message, a field still wrong gets the current one. Fields without errors stay quiet
 * until the next submit; a server message stays until its own field (`changed`) is edited.
 */
export function revalidatedErrors(previous: FieldErrors, current: FieldErrors, changed: string, serverKeys: ReadonlySet<string>): FieldErrors {
  const next: FieldErrors = {};
  for (const key of Object.keys(previous)) {
    if (current[key]) next[key] = current[key];
    else if (serverKeys.has(key) && key !== changed && !changed.startsWith(`${key}.`)) next[key] = previous[key]!;
  }
  return next;
}

/** The error keys in the order of the form's fields, for the summary at the top. */
export function orderedErrorKeys(errors: FieldErrors, fieldOrder: readonly string[]): string[] {
  const position = new Map(fieldOrder.map((key, i) => [key, i]));
  return Object.keys(errors)
    .filter((key) => (errors[key]?.length ?? 0) > 0)
    .sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1));
}
