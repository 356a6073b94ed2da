// Builds Strapi (admin panel and TypeScript) if its sources changed since the last build.
import { ensureCmsBuilt } from './lib/services.ts';

await ensureCmsBuilt();
