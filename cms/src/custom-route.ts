/** A custom content-API route of an API's controller: `route('vote', 'POST', '/votes/cast', 'cast')`. */
export function customRoute(api: string, method: string, path: string, action: string) {
  return { method, path, handler: `api::${api}.${api}.${action}`, config: { policies: [] } };
}
