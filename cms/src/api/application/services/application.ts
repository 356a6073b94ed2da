import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { applicationSchema, completenessReport, type Application } from '@portal/schema';
import { statusToken } from '@portal/schema/status-link';
import { applicationRules } from '../../../applications/rules';
import { confirmationMail } from '../../../applications/mails';
import { getMailer } from '../../../applications/mailer-instance';

/**
 * The leader's private status link, signed like the function signs it (STATUS_LINK_SECRET, shared
 * by the CMS and the functions) so the confirmation email carries the same link the form shows.
 */
function privateStatusUrl(reference: string): string | undefined {
  const secret = process.env.STATUS_LINK_SECRET;
  const site = process.env.SITE_URL?.replace(/\/+$/, '');
  return secret && site ? `${site}/application-status/#${statusToken(reference, secret)}` : undefined;
}

const UID = 'api::application.application';

export interface SubmitInput {
  data: unknown;
  idempotencyKey: string;
  year: number;
  /** Put into the confirmation email only; never stored. */
  statusUrl?: string;
}

export interface ApplicationStatus {
  reference: string;
  title: string;
  stage: string;
  moderation: string;
  moderationReason: string | null;
  topicFit: string;
  topicFitReason: string | null;
  completenessDecision: string;
  completenessReason: string | null;
}

export interface ApplicationService {
  submit(input: SubmitInput): Promise<{ reference: string; created: boolean }>;
  status(reference: string): Promise<ApplicationStatus | null>;
}

/** The contract's validation refusal: field path → Russian messages. */
function refusal(issues: Array<{ path: PropertyKey[]; message: string }>): errors.ValidationError {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[['data', ...issue.path.map(String)].join('.')] ??= []).push(issue.message);
  return new errors.ValidationError(`Заявка не принята: ${issues.map((i) => i.message).join('; ')}`, { fields });
}

const isUniqueViolation = (e: any) =>
  e?.code === '23505' ||
  /UNIQUE constraint failed|unique/i.test(String(e?.message ?? '')) ||
  (e?.name === 'ValidationError' && /unique/i.test(JSON.stringify(e?.details ?? {})));

export default factories.createCoreService(UID, ({ strapi }) => {
  const db = () => strapi.db.query(UID as any);

  async function byKey(idempotencyKey: string): Promise<string | null> {
    const row = await db().findOne({ where: { idempotencyKey }, select: ['reference'] });
    return row?.reference ?? null;
  }

  /** `<year>-<6 digits>`: one more than the year's highest number so far. */
  async function nextReference(year: number): Promise<string> {
    const last = await db().findOne({ where: { reference: { $startsWith: `${year}-` } }, select: ['reference'], orderBy: { reference: 'desc' } });
    const n = last ? Number(String(last.reference).slice(5)) + 1 : 1;
    return `${year}-${String(n).padStart(6, '0')}`;
  }

  async function topicDocumentId(slug: string): Promise<string | null> {
    const topic = await strapi.documents('api::topic.topic' as any).findFirst({ filters: { slug }, status: 'published', fields: ['slug'] } as any);
    return (topic as any)?.documentId ?? null;
  }

  const service: ApplicationService = {
    async submit({ data, idempotencyKey, year, statusUrl }) {
      const existing = await byKey(idempotencyKey);
      if (existing) return { reference: existing, created: false };

      const rules = await applicationRules(strapi, year);
      const parsed = applicationSchema(rules).safeParse(data);
      if (!parsed.success) throw refusal(parsed.error.issues);
      const application: Application = parsed.data;
      const completeness = completenessReport(data, rules);
      const topic = await topicDocumentId(application.topic);

      let reference: string | null = null;
      for (let attempt = 0; attempt < 8 && !reference; attempt += 1) {
        try {
          reference = await strapi.db.transaction(async () => {
            const again = await byKey(idempotencyKey);
            if (again) return null;
            const ref = await nextReference(year);
            await strapi.documents(UID as any).create({
              data: {
                reference: ref,
                year,
                idempotencyKey,
                title: application.title,
                topic: topic ?? undefined,
                city: application.city,
                region: application.region,
                leaderEmail: application.contacts.email,
                data: application,
                completeness,
              },
            } as any);
            return ref;
          });
          if (!reference) {
            const other = await byKey(idempotencyKey);
            if (other) return { reference: other, created: false };
          }
        } catch (e) {
          // A concurrent submit took the key (answer its reference) or the number (try the next).
          const other = await byKey(idempotencyKey);
          if (other) return { reference: other, created: false };
          if (!isUniqueViolation(e) || attempt === 7) throw e;
        }
      }
      if (!reference) throw new errors.ApplicationError('Не удалось сохранить заявку, попробуйте ещё раз');

      try {
        await getMailer(strapi).send(confirmationMail(application, reference, statusUrl ?? privateStatusUrl(reference)));
      } catch (e) {
        strapi.log.error(`mailer: the confirmation for ${reference} was not sent: ${(e as Error).message}`);
      }
      return { reference, created: true };
    },

    async status(reference) {
      const row = await db().findOne({
        where: { reference },
        select: ['reference', 'title', 'stage', 'moderation', 'moderationReason', 'topicFit', 'topicFitReason', 'completenessDecision', 'completenessReason'],
      });
      if (!row) return null;
      return {
        reference: row.reference,
        title: row.title,
        stage: row.stage,
        moderation: row.moderation,
        moderationReason: row.moderationReason ?? null,
        topicFit: row.topicFit,
        topicFitReason: row.topicFitReason ?? null,
        completenessDecision: row.completenessDecision,
        completenessReason: row.completenessReason ?? null,
      };
    },
  };
  return service as any;
});
