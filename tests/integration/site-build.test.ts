import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../../scripts/lib/services.ts';
import { addSampleImages, type RunningServer, seedDocuments, startServer, strapiHandler, type Upload } from '../../site/test-fixtures/fake-strapi.ts';

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

/**
 * The fake Strapi of the site's fixtures, serving content/, with `tamper` applied to its documents
 * (and the uploads it answers with served at their paths).
 */
async function fakeCms(tamper: (documents: Map<string, any>) => Map<string, Upload> | void = () => undefined): Promise<RunningServer> {
  const documents = await seedDocuments(join(ROOT, 'content'));
  const uploads = tamper(documents) ?? new Map<string, Upload>();
  return startServer(strapiHandler(documents, uploads));
}

/** Every file under `dir` whose name ends in one of `extensions`. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The addresses of a page's src, srcset and href attributes. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\s(src|srcset|href)="([^"]*)"/g)].flatMap(([, name, value]) =>
    name === 'srcset' ? value!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value!],
  );
}

describe('the site build refuses to publish without its content', () => {
  it('builds every page from a CMS that answers well (the control case), its photos as the site\'s own files', async () => {
    const cms = await fakeCms(addSampleImages);
    try {
      const { code, output, outDir } = await build(cms.url);
      expect(code, output).toBe(0);
      expect(existsSync(join(outDir, 'selection', 'index.html'))).toBe(true);

      // The photos are fetched by the build and served from /_astro/ in modern formats and several
      // widths, with their size (no layout shift)…
      const story = readFileSync(join(outDir, 'stories', 'surgut-park', 'index.html'), 'utf8');
      const picture = /<picture>.*?<\/picture>/s.exec(story)?.[0] ?? '';
      expect(picture).toMatch(/<source srcset="\/_astro\/[^"]+\.avif 480w, [^"]+ 960w, [^"]+ 1440w" type="image\/avif"/);
      expect(picture).toMatch(/<source srcset="\/_astro\/[^"]+\.webp 480w/);
      expect(picture).toMatch(/<img src="\/_astro\/[^"]+\.jpg"[^>]* alt="Жители на открытии набережной"[^>]* width="1440" height="810"/);
      const practice = readFileSync(join(outDir, 'practices', 'surgut-park', 'index.html'), 'utf8');
      expect(practice).toMatch(/<img src="\/_astro\/[^"]+\.jpg"[^>]* width="800" height="600"/);
      for (const src of addresses(picture)) expect(existsSync(join(outDir, src))).toBe(true);

      // …and nothing the build wrote names the CMS's address (STRAPI_URL is internal): no src, srcset
      // or href of any page, nor any other text (the Content-Security-Policy, feeds, open data).
      const pages = filesUnder(outDir, ['.html']);
      expect(pages.length).toBeGreaterThan(10);
      const cmsHost = new URL(cms.url).host;
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        const external = addresses(html).filter((address) => /^(https?:)?\/\//i.test(address));
        expect(external.filter((address) => address.includes(cmsHost)), page).toEqual([]);
      }
      for (const file of filesUnder(outDir, ['.html', '.xml', '.json', '.csv', '.txt', '.js', '.css', '.svg'])) {
        expect(readFileSync(file, 'utf8').includes(cmsHost), file).toBe(false);
      }
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
