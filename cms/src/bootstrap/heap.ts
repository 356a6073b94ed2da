import type { Core } from '@strapi/strapi';

/**
 * One full garbage collection when the CMS has started, before it takes its first request.
 *
 * The start script (cms/package.json) lets the heap grow to four times what a full collection
 * leaves alive («Benchmarks» in the README says why). That limit is set by the last full
 * collection, and the last one of start-up comes early, at about half the live size the CMS settles
 * at (75 of ~150 MB). An instance left idle after it starts gets a collection from V8's memory
 * reducer a few seconds later; one that takes requests at once (a restart or a deploy in the middle
 * of a vote) made its first full collection under load at ~300 MB instead of ~600. Collecting once
 * here sets the limit from the settled size. `gc` exists only with Node's `--expose-gc`, which the
 * start script gives; under `strapi develop` this does nothing.
 */
export function collectStartupGarbage(strapi: Core.Strapi): void {
  const gc = globalThis.gc;
  if (!gc) return;
  const started = performance.now();
  gc();
  const { heapUsed } = process.memoryUsage();
  strapi.log.info(`Start-up garbage collected in ${Math.round(performance.now() - started)} ms; heap in use ${Math.round(heapUsed / 2 ** 20)} MB`);
}
