import type { Core } from '@strapi/strapi';

/**
 * One full garbage collection when the CMS has started, before it takes its first request.
 *
 * The start script (cms/package.json) lets the heap grow to four times what a full collection
 * leaves alive and turns V8's memory reducer off («Benchmarks» in the README says why: both kinds
 * of full collection, on a busy machine, were the vote path's slow moments). The limit is set by
 * the last full collection, and during start-up the last one comes early, at about half the live
 * size the CMS settles at, so the first full collection under load would come soon, at twice the
 * live size. Collecting once here, after the seed and every module has loaded, sets the limit from
 * the settled live size (~150 MB, so the next one at ~600 MB). `gc` exists only with Node's
 * `--expose-gc`, which the start script gives; under `strapi develop` this does nothing.
 */
export function collectStartupGarbage(strapi: Core.Strapi): void {
  const gc = globalThis.gc;
  if (!gc) return;
  const started = performance.now();
  gc();
  const { heapUsed } = process.memoryUsage();
  strapi.log.info(`Start-up garbage collected in ${Math.round(performance.now() - started)} ms; heap in use ${Math.round(heapUsed / 2 ** 20)} MB`);
}
