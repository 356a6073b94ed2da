import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { fieldErrors } from '@portal/schema';
import { publicPopulate, publicTypeByUid } from '../public-types';
import type { DocumentContext } from '../core/documents';
import { z } from '../core/zod';

/**
 * Refuses to publish a public document that the site could not build from.
 *
 * Strapi checks each field on its own; the contract (`publicContentTypes[…].entry` in
 * @portal/schema) also has rules across fields: a stage that ends before it starts, one voting date
 * without the other, an image without alt text, a required text left empty in a component. Drafts
 * stay free; only a version about to go live is checked:
 *  - `publish` (the admin panel's «Опубликовать», bulk publish, releases),
 *  - `create` / `update` with `status: 'published'` (the REST API's POST/PUT, the seed),
 *  - any `create` / `update` of a type without draft & publish (every version is live there).
 *
 * The action runs inside a transaction; the live version it wrote is then read back exactly as the
 * REST API serves it (the type's populate shape, serialised to JSON) and parsed with the contract.
 * On failure the transaction is rolled back — nothing of that call is written, no build is
 * triggered — and a ValidationError (HTTP 400) says what to fix.
 */

interface Version {
  documentId: string;
  locale?: string | null;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

// The contract's own messages are Russian; zod's generic ones («expected string») come from the
// zod that @portal/schema uses (core/zod.ts), in its Russian locale.
const russian = z.locales.ru().localeError as (issue: unknown) => string | undefined;

export function publishes(ctx: DocumentContext): boolean {
  if (ctx.action === 'publish') return true;
  if (ctx.action !== 'create' && ctx.action !== 'update') return false;
  return ctx.params?.status === 'published' || !contentTypes.hasDraftAndPublish(ctx.contentType);
}

/** The refusal an editor sees: one line per problem; the admin panel also marks each field. */
export function publishRefusal(issues: Issue[]): errors.ValidationError {
  const problems = issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  // `stages № 1 → endDate`: counted from 1, as the admin panel lists repeated components.
  const readable = (path: string[]) =>
    path.reduce((text, p) => (/^\d+$/.test(p) ? `${text} № ${Number(p) + 1}` : text ? `${text} → ${p}` : p), '') || 'документ';
  return new errors.ValidationError(
    `Не опубликовано: исправьте и опубликуйте снова. ${problems.map((p) => `${readable(p.path)}: ${p.message}`).join('; ')}`,
    {
      // The portal's error shape (ApiErrorSchema in @portal/schema): field path → messages.
      fields: fieldErrors(issues),
      // The admin panel's (yup's) shape: it marks these fields in the edit form.
      errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
    },
  );
}

export function registerPublishValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    const type = publicTypeByUid(ctx.uid);
    if (!type || !publishes(ctx)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      // `publish` answers { documentId, entries }; `create`/`update` the version written.
      const written = result as unknown as { entries?: Version[] } & Version;
      const versions = ctx.action === 'publish' ? (written?.entries ?? []) : written ? [written] : [];
      for (const version of versions) {
        const served = await strapi.documents(ctx.uid as Parameters<Core.Strapi['documents']>[0]).findOne({
          documentId: version.documentId,
          ...(version.locale ? { locale: version.locale } : {}),
          status: 'published',
          populate: publicPopulate[ctx.uid],
        } as never);
        const parsed = type.entry.safeParse(JSON.parse(JSON.stringify(served)), { error: russian } as never);
        if (!parsed.success) throw publishRefusal(parsed.error.issues);
      }
      return result;
    });
  });
}
