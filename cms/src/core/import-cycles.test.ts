import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** No module of cms/src imports one that (through others) imports it back: load order never decides what a module sees. */
const SRC = resolve(__dirname, '..');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : modules(path);
    return /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), m[1]!);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
    if (target) found.push(target);
  }
  return found;
}

describe('cms/src', () => {
  it('has no import circles', () => {
    const graph = new Map(modules(SRC).map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const circles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].map((p) => relative(SRC, p)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(graph.size).toBeGreaterThan(50);
    expect(circles).toEqual([]);
  });
});
