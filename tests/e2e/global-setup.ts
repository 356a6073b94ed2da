import { buildSite, log, startNetlifyDev } from '../../scripts/lib/services.ts';
import { startTestCms } from '../support/portal.ts';

/** Starts the whole portal once for the end-to-end run and returns its teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 8898);
  log('e2e: starting Strapi on a temporary SQLite database...');
  const cms = await startTestCms();
  try {
    log(`e2e: building the site from ${cms.url}...`);
    await buildSite(cms.url);
    log('e2e: starting netlify dev...');
    const site = await startNetlifyDev({ port, strapiUrl: cms.url });
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
