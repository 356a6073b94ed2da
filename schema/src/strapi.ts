import { z } from 'zod';

/** Strapi 5 REST: the page metadata of a collection answer. */
export const PaginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

/** Strapi 5 REST: `GET /api/<plural>` answers a page of flat documents. */
export const CollectionResponseSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination: PaginationSchema }),
});

/** Strapi 5 REST: `GET /api/<singular>` answers one document. */
export const SingleResponseSchema = z.object({
  data: z.unknown(),
});

/**
 * The one error shape of the portal: Strapi's own, so that the browser decodes CMS and function
 * errors alike. `details.fields` maps a field path (`team.0.name`) to its Russian messages.
 */
export const ApiErrorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z
      .object({ fields: z.record(z.string(), z.array(z.string())).optional() })
      .catchall(z.unknown())
      .default({}),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
