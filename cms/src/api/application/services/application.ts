import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { applicationSchema, completenessReport, fieldErrors, type Application } from '@portal/schema';
import { applicationHash } from '@portal/schema/status-link';
import { applicationRules } from '../../../applications/rules';
import { confirmationMail } from '../../../applications/mails';
import { getMailer } from '../../../core/mailer';
import { linkVersion, privateStatusUrl } from '../../../applications/status-link';
import { Refusal, isUniqueViolation } from '../../../core/errors';

const UID = 'api::application.application';

export interface SubmitInput {
  data: unknown;
  idempotencyKey: string;
  year: number;
  /** Put into the confirmation email only; never stored. */
  statusUrl?: string;
}

/** What `status` answers: the application's record of the status contract (@portal/schema application-status). */
export type ApplicationStatus = import('@portal/schema').ApplicationStatusRecord;

export interface Submitted {
  reference: string;
  created: boolean;
  /** The version the status link is signed with (raised by an editor to revoke older links). */
  statusLinkVersion: number;
}

export interface ApplicationService {
  submit(input: SubmitInput): Promise<Submitted>;
  status(reference: string): Promise<ApplicationStatus | null>;
  /** The current version of an application's status link, or null when there is no such application. */
  statusLinkVersion(reference: string): Promise<number | null>;
}

/** An Idempotency-Key proves nothing but a retry: the same key with another application is refused. */
const keyReused = () =>
  new Refusal(422, 'IdempotencyKeyReused', 'Этот ключ повтора уже использован для другой заявки. Обновите страницу и отправьте заявку ещё раз: она получит новый ключ.');

/** The contract's validation refusal: field path → Russian messages. */
function refusal(issues: Array<{ path: PropertyKey[]; message: string }>): errors.ValidationError {
  const fields = fieldErrors(issues, { prefix: 'data' });
  return new errors.ValidationError(`Заявка не принята: ${issues.map((i) => i.message).join('; ')}`, { fields });
}


export default factories.createCoreService(UID, ({ strapi }) => {
  const db = () => strapi.db.query(UID);

  /**
   * The answer to a submission whose key is taken: the same reference and link for an exact retry
   * (same validated application), a 422 for anything else; null when the key is free.
   */
  async function byKey(idempotencyKey: string, bodyHash: string): Promise<Submitted | null> {
    const row = await db().findOne({ where: { idempotencyKey }, select: ['reference', 'bodyHash', 'statusLinkVersion'] });
    if (!row) return null;
    if (row.bodyHash !== bodyHash) throw keyReused();
    return { reference: row.reference, created: false, statusLinkVersion: linkVersion(row) };
  }

  /** `<year>-<6 digits>`: one more than the year's highest number so far. */
  async function nextReference(year: number): Promise<string> {
    const last = await db().findOne({ where: { reference: { $startsWith: `${year}-` } }, select: ['reference'], orderBy: { reference: 'desc' } });
    const n = last ? Number(String(last.reference).slice(5)) + 1 : 1;
    return `${year}-${String(n).padStart(6, '0')}`;
  }

  async function topicDocumentId(slug: string): Promise<string | null> {
    const topic = await strapi.documents('api::topic.topic').findFirst({ filters: { slug }, status: 'published', fields: ['slug'] });
    return topic?.documentId ?? null;
  }

  const service: ApplicationService = {
    async submit({ data, idempotencyKey, year, statusUrl }) {
      const rules = await applicationRules(strapi, year);
      const parsed = applicationSchema(rules).safeParse(data);
      if (!parsed.success) throw refusal(parsed.error.issues);
      const application: Application = parsed.data;
      const bodyHash = applicationHash(application);
      const existing = await byKey(idempotencyKey, bodyHash);
      if (existing) return existing;

      const completeness = completenessReport(data, rules);
      const topic = await topicDocumentId(application.topic);

      let reference: string | null = null;
      for (let attempt = 0; attempt < 8 && !reference; attempt += 1) {
        try {
          reference = await strapi.db.transaction(async () => {
            if (await byKey(idempotencyKey, bodyHash)) return null;
            const ref = await nextReference(year);
            await strapi.documents(UID).create({
              data: {
                reference: ref,
                year,
                idempotencyKey,
                bodyHash,
                statusLinkVersion: 1,
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
            const other = await byKey(idempotencyKey, bodyHash);
            if (other) return other;
          }
        } catch (e) {
          if (e instanceof Refusal) throw e;
          // A concurrent submit took the key (answer its reference, or 422) or the number (try the next).
          const other = await byKey(idempotencyKey, bodyHash);
          if (other) return other;
          if (!isUniqueViolation(e) || attempt === 7) throw e;
        }
      }
      if (!reference) throw new errors.ApplicationError('Не удалось сохранить заявку, попробуйте ещё раз');

      try {
        await getMailer(strapi).send(confirmationMail(application, reference, statusUrl ?? privateStatusUrl(reference)));
      } catch (e) {
        strapi.log.error(`mailer: the confirmation for ${reference} was not sent: ${(e as Error).message}`);
      }
      return { reference, created: true, statusLinkVersion: 1 };
    },

    async statusLinkVersion(reference) {
      const row = await db().findOne({ where: { reference }, select: ['statusLinkVersion'] });
      return row ? linkVersion(row) : null;
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
