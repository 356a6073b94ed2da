// The draft as kept in this browser: read back from localStorage once hydrated, written on every
// change, with the Idempotency-Key that goes with it (a retry or a double click sends the same key).
import { useEffect, useState } from 'react';
import { clearDraft, emptyDraft, loadDraft, newIdempotencyKey, saveDraft, type ApplicationDraft } from '../../../lib/application-draft.ts';

export interface StoredDraftState {
  draft: ApplicationDraft;
  idempotencyKey: string;
  /** A draft from an earlier sitting came back (the «Черновик восстановлен» notice). */
  restored: boolean;
  /** The script has run: the draft is read and the form may be sent. */
  hydrated: boolean;
  /** Shows and keeps a changed draft. */
  keep: (next: ApplicationDraft) => void;
  /** «Очистить черновик»: an empty form with a new key. */
  discard: () => void;
  /** After a successful submission: nothing left in storage. */
  forget: () => void;
}

export function useStoredDraft(): StoredDraftState {
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  const [restored, setRestored] = useState(false);
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    const stored = loadDraft(window.localStorage);
    if (stored) {
      setDraft(stored.draft);
      setIdempotencyKey(stored.idempotencyKey);
      setRestored(true);
    } else {
      setIdempotencyKey(newIdempotencyKey());
    }
    setHydrated(true);
  }, []);

  return {
    draft,
    idempotencyKey,
    restored,
    hydrated,
    keep: (next) => {
      setDraft(next);
      if (idempotencyKey) saveDraft(window.localStorage, next, idempotencyKey);
    },
    discard: () => {
      clearDraft(window.localStorage);
      setDraft(emptyDraft());
      setIdempotencyKey(newIdempotencyKey());
      setRestored(false);
    },
    forget: () => {
      clearDraft(window.localStorage);
      setRestored(false);
    },
  };
}
