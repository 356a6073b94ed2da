// Types of serve-options.mjs (plain JavaScript, so that the machine's Node 20 can run it before set-up).
export type DemoStage = 'collection' | 'technical_review' | 'main_selection' | 'announcement';
export type ServeDatabase = 'sqlite' | 'postgres';
export type ServeOptions =
  | { mode: 'demo'; stage: DemoStage; seed: number; db: ServeDatabase; replicas: number }
  | { mode: 'archive'; db: ServeDatabase; replicas: number }
  | { mode: 'help' };
export const STAGES: readonly DemoStage[];
export const DEFAULT_SEED: number;
export const DATABASES: readonly ServeDatabase[];
export const MAX_REPLICAS: number;
export const USAGE: string;
export class OptionsError extends Error {}
export function parseServeOptions(argv: readonly string[], env?: Record<string, string | undefined>): ServeOptions;
