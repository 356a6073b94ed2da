import { join } from 'node:path';
import { buildSite, log, startNetlifyDev } from '../../scripts/lib/services.ts';
import { startTestCms } from '../support/portal.ts';

/** Starts the whole portal once for the end-to-end run and returns its teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 8898);
  log('e2e: starting Strapi on a temporary SQLite database...');
  const cms = await startTestCms();
  try {
    // The site is built into the run's own folder: a running `npm start` keeps its site/dist.
    const siteDir = join(cms.dir, 'site');
    log(`e2e: building the site from ${cms.url}...`);
    await buildSite(cms.url, siteDir);
    log('e2e: starting netlify dev...');
    const site = await startNetlifyDev({ port, strapiUrl: cms.url, siteDir });
    process.env.PORTAL_CMS_URL = cms.url;
    return async () => {
      await site.stop();
      await cms.dispose();
    };
  } catch (error) {
    await cms.dispose();
    throw error;
  }
}
