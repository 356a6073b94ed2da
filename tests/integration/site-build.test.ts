import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../../scripts/lib/services.ts';
import { type RunningServer, seedDocuments, startServer, strapiHandler } from '../../site/test-fixtures/fake-strapi.ts';

// The real `astro build`, pointed at a CMS that is down or answers garbage, must stop and say why —
// never publish a site with missing content.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function build(strapiUrl: string): Promise<{ code: number; output: string; outDir: string }> {
  const work = mkdtempSync(join(tmpdir(), 'portal-site-'));
  dirs.push(work);
  const outDir = join(work, 'dist');
  const child = spawn('npm', ['run', '--silent', 'build', '-w', 'site'], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_URL: strapiUrl, SITE_OUT_DIR: outDir },
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  return { code, output, outDir };
}

/** The fake Strapi of the site's fixtures, serving content/, with `tamper` applied to its documents. */
async function fakeCms(tamper: (documents: Map<string, any>) => void = () => undefined): Promise<RunningServer> {
  const documents = await seedDocuments(join(ROOT, 'content'));
  tamper(documents);
  return startServer(strapiHandler(documents));
}

describe('the site build refuses to publish without its content', () => {
  it('builds every page from a CMS that answers well (the control case)', async () => {
    const cms = await fakeCms();
    try {
      const { code, output, outDir } = await build(cms.url);
      expect(code, output).toBe(0);
      expect(existsSync(join(outDir, 'selection', 'index.html'))).toBe(true);
    } finally {
      await cms.close();
    }
  });

  it('stops when the CMS is unreachable, naming the URL and STRAPI_URL', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const { code, output, outDir } = await build(url);
    expect(code).not.toBe(0);
    expect(output).toContain(`${url}/api/`);
    expect(output).toContain('STRAPI_URL');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('stops on a malformed entry, naming the entry and the field', async () => {
    const cms = await fakeCms((documents) => {
      documents.get('topics').find((t: any) => t.slug === 'smart-city').title = '';
    });
    try {
      const { code, output, outDir } = await build(cms.url);
      expect(code).not.toBe(0);
      expect(output).toContain('smart-city');
      expect(output).toContain('title');
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    } finally {
      await cms.close();
    }
  });

  it('stops when a type that must have content comes back empty', async () => {
    const cms = await fakeCms((documents) => documents.set('topics', []));
    try {
      const { code, output } = await build(cms.url);
      expect(code).not.toBe(0);
      expect(output).toContain('/api/topics');
    } finally {
      await cms.close();
    }
  });
});
