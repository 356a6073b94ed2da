// zod issues as messages per field: `details.fields` of the one error shape (ApiErrorSchema), written
// once for the functions, the CMS and the site. No imports: the site's bundle and the CMS use it alike.

/** Field path (dot-separated, `team.0.name`) → Russian messages; `_` is the body itself. */
export type FieldErrors = Record<string, string[]>;

/** What a zod issue is here (zod's own `$ZodIssue` has these and more). */
export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface FieldErrorsOptions {
  /** Put before every path (`data` → `data.team.0.name`): the issues are about a part of the body. */
  prefix?: string;
  /** Where a path's messages go instead (the site puts them on the nearest field its form has). */
  keyOf?: (key: string) => string;
}

/**
 * zod issues as `{ "team.0.name": ["Укажите имя"] }`, in the issues' order; an issue about the whole
 * body (empty path, no prefix) is keyed `_`.
 */
export function fieldErrors(issues: readonly PathIssue[], { prefix, keyOf = (key) => key }: FieldErrorsOptions = {}): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    (fields[keyOf(path || '_')] ??= []).push(issue.message);
  }
  return fields;
}
