// Runs the benchmark's queries through the three engines in Chromium, over a directory served by
// bench/lib/static-server.ts that holds what bench/lib/search-engines.ts built: per engine, the
// ranked slugs of each query and the time of each search call (performance.now around it; for
// Pagefind, whose search fetches index chunks, that includes those fetches from the local server).
import type { Browser } from 'playwright-core';

export interface EngineRun {
  /** Per query: the slugs of the first `depth` results, best first. */
  ranked: string[][];
  /** Per query: milliseconds of the search call, the median of `repeats` calls in a row. */
  ms: number[];
}

export type EngineName = 'ours' | 'mini' | 'pagefind';

/**
 * The given engines over every query, in one page; each engine answers one query first, untimed,
 * then each query `repeats` times in a row (the median damps the noise of a shared machine; for
 * Pagefind the first call of a query fetches its index chunks, the next ones find them loaded).
 * The page's site holds `/pagefind/` and, for the other engines, `bench/*` (search-engines.ts).
 */
export async function runQueries(
  browser: Browser,
  url: string,
  queries: readonly string[],
  { depth, repeats, engines }: { depth: number; repeats: number; engines: readonly EngineName[] },
): Promise<Partial<Record<EngineName, EngineRun>>> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/`);
    return await page.evaluate(
      async ({ queries, depth, repeats, engines }) => {
        type Run<T> = { search: (q: string) => Promise<T> | T; slugsOf: (result: T) => Promise<string[]> | string[] };
        const load = async (path: string) => (await fetch(path)).text();
        const bundle = () => import('/bench/engines.js' as string);
        const slugOfUrl = (u: string) => u.replace(/^\/practices\//, '').replace(/\/$/, '');
        const setups: Record<string, () => Promise<Run<never>>> = {
          ours: async () => {
            const ours = JSON.parse(await load('/bench/ours.json'));
            const engine = new (await bundle()).CompendiumSearch(ours.index);
            return { search: (q) => engine.search(q), slugsOf: (r: { docs: number[] }) => r.docs.slice(0, depth).map((d) => ours.slugs[d]) };
          },
          mini: async () => {
            const m = await bundle();
            const slugs: string[] = JSON.parse(await load('/bench/slugs.json'));
            const mini = m.MiniSearch.loadJSON(await load('/bench/mini.json'), m.miniSearchOptions);
            return { search: (q) => mini.search(q), slugsOf: (r: Array<{ id: number }>) => r.slice(0, depth).map((x) => slugs[x.id]!) };
          },
          pagefind: async () => {
            const pf = await import('/pagefind/pagefind.js' as string);
            await pf.options({ basePath: '/pagefind/' });
            await pf.init();
            return {
              search: (q) => pf.search(q),
              slugsOf: async (r: { results: Array<{ data: () => Promise<{ url: string }> }> }) =>
                (await Promise.all(r.results.slice(0, depth).map((x) => x.data()))).map((d) => slugOfUrl(d.url)),
            };
          },
        };
        const measure = async <T>({ search, slugsOf }: Run<T>) => {
          await search('парк');
          const ranked: string[][] = [];
          const ms: number[] = [];
          for (const q of queries) {
            const times: number[] = [];
            let result!: T;
            for (let round = 0; round < repeats; round++) {
              const started = performance.now();
              result = await search(q);
              times.push(performance.now() - started);
            }
            ms.push(times.sort((a, b) => a - b)[Math.floor(repeats / 2)]!);
            ranked.push((await slugsOf(result)).slice(0, depth));
          }
          return { ranked, ms };
        };
        const runs: Record<string, { ranked: string[][]; ms: number[] }> = {};
        for (const name of engines) runs[name] = await measure(await setups[name]!());
        return runs;
      },
      { queries: [...queries], depth, repeats, engines: [...engines] },
    );
  } finally {
    await page.close();
  }
}

/**
 * What the browser fetches from Pagefind's bundle for one query on a fresh visit (pagefind.js, its
 * worker and WebAssembly, the metadata and the index chunks the query needs; not the result
 * fragments), as sent over the wire, in a new browser context each time so nothing comes from the
 * cache. Counted from Playwright's request events, which include the requests of Pagefind's worker.
 */
export async function pagefindBytesPerQuery(browser: Browser, url: string, queries: readonly string[]): Promise<number[]> {
  const bytes: number[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    try {
      const sizes: Array<Promise<number>> = [];
      context.on('requestfinished', (request) => {
        if (request.url().includes('/pagefind/') && !request.url().includes('/fragment/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
      });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.evaluate(async (q) => {
        const pf = await import('/pagefind/pagefind.js' as string);
        await pf.options({ basePath: '/pagefind/' });
        await pf.search(q);
      }, query);
      bytes.push((await Promise.all(sizes)).reduce((sum, n) => sum + n, 0));
    } finally {
      await context.close();
    }
  }
  return bytes;
}
