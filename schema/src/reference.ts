// «2020-000123»: an application's reference, the round's year and the application's number. Written
// once here; zod-free, so the server-only status-link module and the privacy scan use it too
// (ReferenceSchema in project.ts builds on it).

/** The reference's shape, unanchored: for a pattern that finds or captures a reference in a longer text. */
export const REFERENCE_FORMAT = String.raw`\d{4}-\d{6}`;

/** A whole string that is a reference. */
export const REFERENCE_PATTERN = new RegExp(`^${REFERENCE_FORMAT}$`);

/** Whether `value` is a reference such as «2020-000123». */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_PATTERN.test(value);
}
