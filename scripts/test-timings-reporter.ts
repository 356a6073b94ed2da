// A vitest reporter that writes, beside the run's JSON report (`--outputFile.json=X.json` →
// `X.timings.json`), how long each test and each hook took and the timeout it had. Vitest's JSON report
// has neither hooks nor timeouts, and an integration file spends most of its time in hooks (each
// starts and stops a Strapi in beforeAll/afterAll). scripts/summarize-tests.ts reads the file.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule, TestSuite, Vitest } from 'vitest/node';

export interface Timing {
  file: string;
  name: string;
  /** Milliseconds. */
  duration: number;
  /** Milliseconds; the timeout the test or hook ran under. */
  timeout: number;
}

export interface Timings {
  tests: Timing[];
  hooks: Timing[];
  /**
   * Tests that did not run although nothing declared them skipped (vitest counts them as skipped):
   * a beforeAll of theirs failed, or the run stopped. `why` is the first error of the nearest suite
   * or file that has one.
   */
  notRun: Array<{ file: string; name: string; why: string }>;
}

type HookContext = Parameters<NonNullable<Reporter['onHookStart']>>[0];

export default class TimingsReporter implements Reporter {
  private vitest!: Vitest;
  private readonly hookStarts = new Map<string, number>();
  private readonly hooks: Timing[] = [];

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  private key(hook: HookContext): string {
    return `${hook.name} ${hook.entity.id}`;
  }

  onHookStart(hook: HookContext): void {
    this.hookStarts.set(this.key(hook), Date.now());
  }

  onHookEnd(hook: HookContext): void {
    const started = this.hookStarts.get(this.key(hook));
    if (started === undefined) return;
    this.hookStarts.delete(this.key(hook));
    const entity = hook.entity;
    const module = entity.type === 'module' ? entity : entity.module;
    const where = entity.type === 'module' ? '' : `${entity.fullName} › `;
    this.hooks.push({
      file: this.file(module),
      name: `${where}${hook.name}`,
      duration: Date.now() - started,
      timeout: entity.project.config.hookTimeout,
    });
  }

  private file(module: TestModule): string {
    return relative(this.vitest.config.root, module.moduleId);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const json = this.vitest.config.outputFile;
    const target = typeof json === 'object' ? json.json : undefined;
    if (!target) return;
    const tests: Timing[] = [];
    const notRun: Timings['notRun'] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.result().state === 'skipped' && test.options.mode === 'run') {
          let why = 'the run stopped before it';
          for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
            const error = parent.errors()[0];
            if (error) {
              why = String(error.message ?? error).split('\n')[0]!;
              break;
            }
            if (parent.type === 'module') break;
          }
          notRun.push({ file: this.file(module), name: test.fullName, why });
        }
        const diagnostic = test.diagnostic();
        if (!diagnostic) continue;
        tests.push({
          file: this.file(module),
          name: test.fullName,
          duration: diagnostic.duration,
          timeout: test.options.timeout ?? test.project.config.testTimeout,
        });
      }
    }
    const timings: Timings = { tests, hooks: this.hooks, notRun };
    writeFileSync(target.replace(/\.json$/, '') + '.timings.json', JSON.stringify(timings, null, 1));
  }
}
