// The machine names of refusals (`error.name` of the one error shape, ApiErrorSchema), written once
// for the CMS, the functions and the site. No imports: any module, and the local front proxy that
// loads the functions' errors.ts with Node's type stripping, may use it.

/**
 * Refusals that say nothing about the portal's rules: Strapi's own names (the classes of
 * `@strapi/utils` `errors`, and http-errors' `<Status>Error` for the statuses Strapi has no class
 * for), so a refusal reads the same whether the CMS or a function sent it.
 */
export const GENERIC_API_ERRORS = [
  'ApplicationError',
  'BadRequestError',
  'ValidationError',
  'UnauthorizedError',
  'ForbiddenError',
  'NotFoundError',
  'MethodNotAllowedError',
  'ConflictError',
  'PayloadTooLargeError',
  'UnsupportedMediaTypeError',
  'RateLimitError',
  'BadGatewayError',
  'ServiceUnavailableError',
] as const;

/** Refusals by a rule of the portal, named so that the functions and the site can act on them. */
export const PORTAL_API_ERRORS = [
  // Applications and their private status link.
  'ApplicationsClosed',
  'IdempotencyKeyReused',
  'StatusLinkRevoked',
  // Residents: one-time codes, sessions, votes.
  'CodeInvalid',
  'CodeExpired',
  'TooManyAttempts',
  'VotingClosed',
  'VoterVoided',
  'UnknownVoter',
  'SessionEnded',
  'ProjectNotPublished',
  // Experts: the emailed link, the desk.
  'LinkInvalid',
  'UnknownExpert',
  'ScoringClosed',
] as const;

export const API_ERROR_NAMES = [...GENERIC_API_ERRORS, ...PORTAL_API_ERRORS] as const;
export type ApiErrorName = (typeof API_ERROR_NAMES)[number];

export const isApiErrorName = (name: unknown): name is ApiErrorName => (API_ERROR_NAMES as readonly unknown[]).includes(name);
