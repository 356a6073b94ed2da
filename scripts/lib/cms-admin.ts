// The admin API calls an editor's browser makes, for the serve command and the tests: sign in, and
// create an API token for the functions (as in Settings → API Tokens).

export interface AdminCredentials {
  email: string;
  password: string;
}

/** Signs in to Strapi's admin API and returns the admin JWT. */
export async function adminLogin(cmsUrl: string, credentials: AdminCredentials): Promise<string> {
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!res.ok) throw new Error(`Signing in to ${cmsUrl}/admin as ${credentials.email} failed: HTTP ${res.status}. Check ADMIN_EMAIL and ADMIN_PASSWORD in cms/.env.`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/**
 * A fresh full-access API token named `name`; tokens of the same name made by earlier runs are
 * deleted first, so restarts do not pile them up.
 */
export async function replaceApiToken(cmsUrl: string, credentials: AdminCredentials, name: string, description: string): Promise<string> {
  const jwt = await adminLogin(cmsUrl, credentials);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
  const list = await fetch(`${cmsUrl}/admin/api-tokens`, { headers });
  if (list.ok) {
    const { data } = (await list.json()) as { data: Array<{ id: number; name: string }> };
    for (const token of data.filter((t) => t.name === name)) {
      await fetch(`${cmsUrl}/admin/api-tokens/${token.id}`, { method: 'DELETE', headers });
    }
  }
  const res = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name, description, type: 'full-access', lifespan: null }),
  });
  if (!res.ok) throw new Error(`Creating the API token "${name}" failed: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { accessKey: string } }).data.accessKey;
}
