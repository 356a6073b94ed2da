import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePractices } from '../../scripts/lib/practice-generator.ts';
import { buildSite, log, ROOT, startNetlifyDev } from '../../scripts/lib/services.ts';
import { adminLogin, createApiToken, startTestCms } from '../support/portal.ts';

/**
 * A few synthetic practices (SEED_EXTRA_PRACTICES) beside the seed's three, so that the Surgut and
 * Polyarnye Zori practices have related ones and the printable edition has something to filter.
 * Kept to regions and topics whose words the seed's own search scenarios do not use.
 */
function writeExtraPractices(dir: string): string {
  const practices = generatePractices({
    count: 6,
    seed: 2020,
    topics: ['smart-city', 'children-in-the-city'],
    regions: ['Ханты-Мансийский автономный округ — Югра', 'Мурманская область'],
  });
  const file = join(dir, 'extra-practices.json');
  writeFileSync(file, JSON.stringify(practices));
  return file;
}

/** Starts the whole portal once for the end-to-end run and returns its teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 8898);
  const started = Date.now();
  const took: string[] = [];
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    const result = await work();
    took.push(`${what} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  const extraDir = mkdtempSync(join(tmpdir(), 'portal-e2e-practices-'));
  log('e2e: starting Strapi on a temporary SQLite database...');
  const outbox = join(extraDir, 'outbox');
  const statusSecret = 'e2e-status-link-secret-0123456789';
  // Strapi's Preview and the site's preview page (tests/e2e/preview.spec.ts).
  const previewSecret = 'e2e-preview-secret-0123456789';
  const siteUrl = `http://localhost:${port}`;
  const cms = await timed('Strapi', () => startTestCms({
    SEED_EXTRA_PRACTICES: writeExtraPractices(extraDir),
    OUTBOX_DIR: outbox,
    STATUS_LINK_SECRET: statusSecret,
    SITE_URL: siteUrl,
    PREVIEW_SECRET: previewSecret,
  }));
  try {
    // The site is built into the run's own folder: a running `npm start` keeps its site/dist.
    const siteDir = join(cms.dir, 'site');
    log(`e2e: building the site from ${cms.url}...`);
    await timed('site build', () => buildSite(cms.url, siteDir));
    log('e2e: starting netlify dev...');
    const functionsToken = await createApiToken(cms.url, 'Netlify functions (e2e)');
    // netlify dev's own output, kept for after the run: if it stops in the middle of the specs,
    // every later page answers the front proxy's 502, and this log is the only witness.
    const netlifyLog = join(ROOT, '.run', 'results', 'e2e-netlify-dev.log');
    const site = await timed('netlify dev', () => startNetlifyDev({
      port,
      strapiUrl: cms.url,
      votesUrl: cms.votesUrl,
      siteDir,
      logFile: netlifyLog,
      env: { STRAPI_TOKEN: functionsToken, STATUS_LINK_SECRET: statusSecret, SITE_URL: siteUrl, SESSION_SECRET: 'e2e-session-secret-0123456789abcdef', PREVIEW_SECRET: previewSecret },
    }));
    // For the tests: the CMS, where the site is built (to rebuild it after an editor publishes), the outbox.
    // Strapi limits admin sign-ins per minute: the specs share one editor session and one token.
    let stopping = false;
    void site.exited.then((code) => {
      if (!stopping) log(`e2e: netlify dev exited (code ${code}) in the middle of the run; its last lines:\n${site.process.tail(30)}\n(all of it: ${netlifyLog})`);
    });
    const adminJwt = await adminLogin(cms.url);
    log(`e2e: portal ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${took.join(', ')})`);
    Object.assign(process.env, { PORTAL_CMS_URL: cms.url, PORTAL_SITE_DIR: siteDir, PORTAL_OUTBOX: outbox, PORTAL_ADMIN_JWT: adminJwt, PORTAL_EDITOR_TOKEN: functionsToken });
    return async () => {
      stopping = true;
      await site.stop();
      await cms.dispose();
      rmSync(extraDir, { recursive: true, force: true });
    };
  } catch (error) {
    await cms.dispose();
    rmSync(extraDir, { recursive: true, force: true });
    throw error;
  }
}
