// The application form's building blocks: a labelled field with its hint and messages (text, text
// area, select), the head of a list with the list's own messages, and the «add a row» button.
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  hint: string;
  errors: string[] | undefined;
  errorKey: string;
  value: string;
  onChange: (value: string) => void;
}

/** The hint, and the messages when there are any, describe a field. */
export function describedBy(id: string, errors: string[] | undefined): string {
  return `${id}-hint${errors?.length ? ` ${id}-error` : ''}`;
}

/** The messages of the field `id`, if it has any. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {errors.join(' ')}
    </p>
  );
}

function FieldShell(props: { id: string; label: string; hint: string; errors: string[] | undefined; errorKey: string; children: ReactNode }) {
  const invalid = Boolean(props.errors?.length);
  return (
    <div className={`form-field${invalid ? ' form-field--invalid' : ''}`} data-field={props.errorKey}>
      <label htmlFor={props.id}>{props.label}</label>
      <p className="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <FieldError id={props.id} errors={props.errors} />
      {props.children}
    </div>
  );
}

export function TextField(
  props: FieldProps & { multiline?: boolean; type?: 'text' | 'email' | 'tel' | 'url'; inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url'; autoComplete?: string },
) {
  const common = {
    id: props.id,
    name: props.errorKey,
    value: props.value,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': describedBy(props.id, props.errors),
  };
  return (
    <FieldShell {...props}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.type === 'url' || props.type === 'email' ? false : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { children: ReactNode }) {
  return (
    <FieldShell {...props}>
      <select
        id={props.id}
        name={props.errorKey}
        value={props.value}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(props.id, props.errors)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </FieldShell>
  );
}

/** The heading of a list (indicators, budget items, team) and the messages about the list as a whole. */
export function GroupErrors(props: { id: string; title: string; hint: string; errors: string[] | undefined }) {
  return (
    <div className="form-group-head" id={props.id} tabIndex={-1} data-field-group>
      <p className="group-title">{props.title}</p>
      <p className="hint">{props.hint}</p>
      {props.errors?.length ? <p className="field-error">{props.errors.join(' ')}</p> : null}
    </div>
  );
}

export function AddButton(props: { label: string; disabled: boolean; limitText: string; id: string; onClick: () => void }) {
  return (
    <p className="add-row">
      <button type="button" className="button button--ghost" disabled={props.disabled} aria-describedby={props.disabled ? props.id : undefined} onClick={props.onClick}>
        {props.label}
      </button>
      {props.disabled && (
        <span className="hint" id={props.id}>
          {' '}
          {props.limitText}
        </span>
      )}
    </p>
  );
}
