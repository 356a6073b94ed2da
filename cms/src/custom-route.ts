/** A custom content-API route of an API's controller: `route('vote', 'POST', '/votes/cast', 'cast')`. */
export function customRoute(api: string, method: string, path: string, action: string) {
  return { method, path, handler: `api::${api}.${api}.${action}`, config: { policies: [] as string[] } };
}

/**
 * A route on the hot path of votes: the API token is checked by a cached policy instead of Strapi's
 * uncached four-query check (src/policies/functions-token.ts). Same rule, 30-second memory.
 */
export function hotRoute(api: string, method: string, path: string, action: string) {
  return { method, path, handler: `api::${api}.${api}.${action}`, config: { auth: false as const, policies: ['global::functions-token'] } };
}
