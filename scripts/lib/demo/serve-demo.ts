// What the serve command (scripts/serve.ts) does for its two modes: the live demo (default) and the
// archive (`--archive`, the real content only). Kept here so that serve.ts stays about processes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseEmail } from '../outbox-watch.ts';
import type { ServeOptions } from '../serve-options.mjs';
import { CMS_DIR, ROOT } from '../services.ts';
import { type DemoPlan, followDemoProgress, prepareDemo, rememberDemo } from './prepare.ts';

export const OUTBOX = join(ROOT, '.outbox');

export interface ServeMode {
  /** The CMS's SQLite file. */
  dbFile: string;
  /** Extra environment for Strapi. */
  cmsEnv: Record<string, string>;
  /** What the start banner says about the mode's data. */
  describe: string;
  plan: DemoPlan | null;
  /** Call while Strapi starts: prints the load's progress; answers the function to call once it is up. */
  whileStarting(logFile: string): () => void;
}

export function serveMode(options: Exclude<ServeOptions, { mode: 'help' }>, log: (message: string) => void): ServeMode {
  if (options.mode === 'archive') {
    return {
      dbFile: join(CMS_DIR, '.tmp', 'data.db'),
      cmsEnv: {},
      describe: 'the archive: the programme’s real content from content/ (cms/.tmp/data.db)',
      plan: null,
      whileStarting: () => () => undefined,
    };
  }
  const plan = prepareDemo({ seed: options.seed, stage: options.stage, log });
  return {
    dbFile: plan.dbFile,
    cmsEnv: { DEMO_DATA: plan.dataFile },
    describe: `a demo round at the stage «${plan.stage}» (seed ${plan.seed}; made anew after ${plan.stageUntil}; cms/.tmp/demo/)`,
    plan,
    whileStarting(logFile) {
      if (plan.fresh) log('Demo: the CMS is loading it (under a minute)...');
      const stop = followDemoProgress(logFile, log);
      return () => {
        stop();
        if (plan.fresh) rememberDemo(plan);
      };
    },
  };
}

/**
 * A fresh single-use sign-in link for the demo expert, asked for the way an expert asks for one (the
 * functions' POST /api/experts/link) and read from the email it writes into .outbox/.
 */
export async function demoExpertLink(siteUrl: string, email: string): Promise<string | null> {
  const before = new Set(existsSync(OUTBOX) ? readdirSync(OUTBOX) : []);
  const res = await fetch(`${siteUrl}/api/experts/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  await res.body?.cancel();
  if (res.status !== 202) return null;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const file of existsSync(OUTBOX) ? readdirSync(OUTBOX).filter((f) => f.endsWith('.eml') && !before.has(f)) : []) {
      const mail = summariseEmail(readFileSync(join(OUTBOX, file), 'utf8'));
      if (mail.to === email && mail.link?.includes('/expert/#')) return mail.link;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/** The banner's lines for the demo: who to sign in as. */
export function demoBanner(plan: DemoPlan, expertLink: string | null, editor: { email: string; password: string }, cmsUrl: string): string {
  return `
  Demo data (every page says «Демонстрационные данные»). Sign in as:
    Resident:  ${plan.demoResident} — press «Поддержать проект» on a project page; the code is printed below when it is sent
    Expert:    ${expertLink ?? `ask for a link at /expert/ with ${plan.demoExpert}; it is printed below`}
               (single use; ask for a new one at /expert/ with ${plan.demoExpert})
    Editor:    ${cmsUrl}/admin   ${editor.email} / ${editor.password}
  Other stages: npm start -- --stage technical_review|main_selection|announcement; real content only: npm start -- --archive
`;
}
