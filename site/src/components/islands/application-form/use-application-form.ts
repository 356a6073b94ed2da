// The application form's state and what changes it: the draft (use-stored-draft.ts), the messages
// per field (shown once the person has tried to send, then refreshed as they edit), the summary's
// focus, and the submission. The sections get `FormApi`; the island decides what to render.
import type { applicationSchema } from '@portal/schema';
import { useEffect, useRef, useState } from 'react';
import { formFieldKeys, toApplicationInput, type ApplicationDraft } from '../../../lib/application-draft.ts';
import { fieldId, issuesToFieldErrors, revalidatedErrors, type FieldErrors } from '../../../lib/application-errors.ts';
import { friendlierMessages } from './messages.ts';
import { sendApplication } from './send.ts';
import { useStoredDraft } from './use-stored-draft.ts';

export type Submission =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; reference: string; statusUrl: string }
  | { state: 'failed'; message: string };

export type RowGroup = 'indicators' | 'budgetItems' | 'team';

/** What a section of the form reads and calls. */
export interface FormApi {
  draft: ApplicationDraft;
  errors: FieldErrors;
  /** The id, messages and key of the field at an error key («team.0.name»). */
  field: (key: string) => { id: string; errors: string[] | undefined; errorKey: string };
  set: <K extends keyof ApplicationDraft>(field: K, errorKey: string) => (value: ApplicationDraft[K]) => void;
  setRow: (group: RowGroup, index: number, field: string, errorKey: string) => (value: string) => void;
  /**
   * Applies a change to the draft, keeps it, and refreshes the messages of fields already flagged.
   * After a row is added or removed (`structural`) the row keys have shifted, so every message is
   * recomputed — except those of a row just added (`newRow`), which the person has not filled yet.
   */
  change: (changedKey: string, mutate: (d: ApplicationDraft) => ApplicationDraft, structural?: boolean, newRow?: string) => void;
}

interface Options {
  schema: ReturnType<typeof applicationSchema>;
  action: string;
}

export function useApplicationForm({ schema, action }: Options) {
  const stored = useStoredDraft();
  const { draft } = stored;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverKeys, setServerKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [submission, setSubmission] = useState<Submission>({ state: 'idle' });
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const honeypotRef = useRef<HTMLInputElement>(null);
  // A second click before React re-renders must not send a second request.
  const inFlight = useRef(false);

  useEffect(() => {
    if (summaryFocus === 0 || !summaryRef.current) return;
    summaryRef.current.focus({ preventScroll: true });
    summaryRef.current.scrollIntoView({ block: 'start' });
  }, [summaryFocus]);

  const validate = (d: ApplicationDraft): FieldErrors => {
    const result = schema.safeParse(toApplicationInput(d));
    if (result.success) return {};
    return friendlierMessages(issuesToFieldErrors(result.error.issues, new Set(formFieldKeys(d))), d);
  };

  const change: FormApi['change'] = (changedKey, mutate, structural = false, newRow) => {
    const next = mutate(draft);
    stored.keep(next);
    if (attempted) {
      const current = validate(next);
      if (structural) {
        setErrors(Object.fromEntries(Object.entries(current).filter(([key]) => !newRow || !key.startsWith(newRow))));
        setServerKeys(new Set());
      } else {
        setErrors(revalidatedErrors(errors, current, changedKey, serverKeys));
      }
    }
    if (submission.state === 'failed') setSubmission({ state: 'idle' });
  };

  const form: FormApi = {
    draft,
    errors,
    field: (key) => ({ id: fieldId(key), errors: errors[key], errorKey: key }),
    set: (field, errorKey) => (value) => change(errorKey, (d) => ({ ...d, [field]: value })),
    setRow: (group, index, field, errorKey) => (value) =>
      change(errorKey, (d) => ({ ...d, [group]: d[group].map((row, i) => (i === index ? { ...row, [field]: value } : row)) })),
    change,
  };

  const clearStoredDraft = () => {
    stored.discard();
    setErrors({});
    setAttempted(false);
    setSubmission({ state: 'idle' });
  };

  const showErrors = (next: FieldErrors, fromServer: ReadonlySet<string>) => {
    setErrors(next);
    setServerKeys(fromServer);
    setSummaryFocus((n) => n + 1);
  };

  const send = async () => {
    const outcome = await sendApplication({
      action,
      idempotencyKey: stored.idempotencyKey,
      input: toApplicationInput(draft),
      website: honeypotRef.current?.value ?? '',
      fieldKeys: formFieldKeys(draft),
    });
    if (outcome.kind === 'done') {
      stored.forget();
      setSubmission({ state: 'done', reference: outcome.reference, statusUrl: outcome.statusUrl });
    } else if (outcome.kind === 'fields') {
      setSubmission({ state: 'idle' });
      showErrors(outcome.errors, new Set(Object.keys(outcome.errors)));
    } else {
      setSubmission({ state: 'failed', message: outcome.message });
      setSummaryFocus((n) => n + 1);
    }
  };

  const submit = async () => {
    if (inFlight.current) return;
    setAttempted(true);
    const found = validate(draft);
    if (Object.keys(found).length > 0) {
      setSubmission({ state: 'idle' });
      showErrors(found, new Set());
      return;
    }
    setErrors({});
    setSubmission({ state: 'sending' });
    inFlight.current = true;
    try {
      await send();
    } finally {
      inFlight.current = false;
    }
  };

  return { form, stored, submission, submit, clearStoredDraft, summaryRef, honeypotRef };
}
