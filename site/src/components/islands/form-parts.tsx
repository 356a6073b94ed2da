// Pieces every island form shows the same way: the form the island sends itself, a field's error line, the send button that stays
// focusable while the request is out, the attributes of an email box, and the state of a form with a
// single field that is checked here before it is sent.
import { useRef, useState, type ComponentProps, type ReactNode } from 'react';
import type { ApiFailure, ApiResult } from '../../lib/api.ts';

type IslandFormProps = Omit<ComponentProps<'form'>, 'noValidate' | 'onSubmit'> & {
  /** Called on submit instead of the browser's send. */
  onSend: () => unknown;
};

/** A form the island sends itself: the browser neither checks it (the island's messages do) nor loads a page. */
export function IslandForm({ onSend, children, ...rest }: IslandFormProps) {
  return (
    <form
      noValidate
      {...rest}
      onSubmit={(e) => {
        e.preventDefault();
        void onSend();
      }}
    >
      {children}
    </form>
  );
}

/** A field's messages, tied to its control by `id` (aria-describedby); nothing when there are none. */
export function FieldError({ id, messages }: { id: string; messages: string | readonly string[] | null | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {typeof messages === 'string' ? messages : messages.join(' ')}
    </p>
  );
}

type SendButtonProps = Omit<ComponentProps<'button'>, 'type' | 'className' | 'aria-disabled'> & {
  /** The request is out: the button says so and refuses a second press, but keeps its focus. */
  busy: boolean;
  busyLabel: string;
  className?: string;
  children: ReactNode;
};

/** A form's submit button: aria-disabled (not disabled) while sending, so focus does not jump away; data-* attributes go on it. */
export function SendButton({ busy, busyLabel, className = 'button', children, ...rest }: SendButtonProps) {
  return (
    <button type="submit" className={className} aria-disabled={busy || undefined} {...rest}>
      {busy ? busyLabel : children}
    </button>
  );
}

/** How an email box is set up wherever a person types an address. */
export const EMAIL_INPUT = {
  name: 'email',
  type: 'email',
  inputMode: 'email',
  autoComplete: 'email',
  spellCheck: false,
} as const;

/**
 * A form with one text field: its value, its error (the field takes focus when it has one), the
 * form's live message and whether a request is out. `send` checks the value here first and sends the
 * trimmed value only when it passes; `refused` puts the server's messages for `field` on the field and
 * says the rest in the live message.
 */
export function useOneFieldForm<E extends HTMLElement>(field: string, check: (value: string) => string | null, initialMessage = '') {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState(initialMessage);
  const [busy, setBusy] = useState(false);
  const ref = useRef<E>(null);

  const showError = (text: string | null) => {
    setError(text);
    if (text) ref.current?.focus();
  };

  /** The server's answer, or null when nothing was sent (a request already out, or the value refused here). */
  const send = async <T,>(request: (trimmed: string) => Promise<ApiResult<T>>): Promise<ApiResult<T> | null> => {
    if (busy) return null;
    const local = check(value);
    showError(local);
    if (local) return null;
    setBusy(true);
    setMessage('');
    const result = await request(value.trim());
    setBusy(false);
    return result;
  };

  const refused = (failure: ApiFailure) => {
    showError(failure.fields[field]?.join(' ') ?? null);
    setMessage(failure.message);
  };

  return { value, setValue, error, message, setMessage, busy, ref, send, refused };
}
