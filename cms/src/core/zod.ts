import { createRequire } from 'node:module';

/**
 * The zod of the shared contract (@portal/schema): one copy of zod for the CMS and the contract it
 * parses with (the CMS's own node_modules has another, Strapi's, which is not the portal's).
 */
export const { z } = createRequire(require.resolve('@portal/schema'))('zod') as typeof import('zod');
