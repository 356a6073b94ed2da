import { isReference } from '@portal/schema';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { voting } from '../../../voting';
import { Refusal, answer } from '../../../core/errors';

const UID = 'api::application.application';

function service(strapi: any) {
  return strapi.service(UID) as import('../services/application').ApplicationService;
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** POST /api/applications/submit — { data, idempotencyKey, year, notify?: { statusUrl } }. */
  async submit(ctx: any) {
    const body = ctx.request.body ?? {};
    const fields: Record<string, string[]> = {};
    const key = body.idempotencyKey;
    if (typeof key !== 'string' || !/^[A-Za-z0-9_:.-]{8,200}$/.test(key)) {
      fields.idempotencyKey = ['Ключ идемпотентности: строка из 8–200 латинских букв, цифр и знаков _:.-'];
    }
    if (!Number.isInteger(body.year) || body.year < 2000 || body.year > 2100) fields.year = ['Год отбора: целое число'];
    if (body.data === null || typeof body.data !== 'object' || Array.isArray(body.data)) fields.data = ['Данные заявки: ожидается объект'];
    const statusUrl = body.notify?.statusUrl;
    if (statusUrl !== undefined && (typeof statusUrl !== 'string' || !/^https?:\/\//.test(statusUrl) || statusUrl.length > 2000)) {
      fields['notify.statusUrl'] = ['Ссылка на статус: адрес http(s)://'];
    }
    if (Object.keys(fields).length) {
      throw new errors.ValidationError(`Заявка не принята: ${Object.values(fields).flat().join('; ')}`, { fields });
    }
    await answer(ctx, async () => {
      const result = await service(strapi).submit({ data: body.data, idempotencyKey: key, year: body.year, statusUrl });
      return { status: result.created ? 201 : 200, body: result };
    });
  },

  /**
   * GET /api/applications/status-link/:reference/:version — whether a status link of this version
   * is the application's current one: 200, or 410 once an editor revoked it, or 404.
   */
  async statusLink(ctx: any) {
    await answer(ctx, async () => {
      const reference = String(ctx.params.reference ?? '');
      const current = isReference(reference) ? await service(strapi).statusLinkVersion(reference) : null;
      if (current === null) throw new Refusal(404, 'NotFoundError', 'Заявка с таким номером не найдена');
      if (String(current) !== String(ctx.params.version)) {
        throw new Refusal(410, 'StatusLinkRevoked', 'Эта ссылка на статус заявки отозвана. Новая ссылка отправлена на почту руководителя проекта.');
      }
      return { body: { reference, valid: true } };
    });
  },

  /** GET /api/applications/status/:reference — the stage and the decisions, nothing private. */
  async status(ctx: any) {
    const reference = String(ctx.params.reference ?? '');
    const status = isReference(reference) ? await service(strapi).status(reference) : null;
    if (!status) return ctx.notFound('Заявка с таким номером не найдена');
    // The team's desk: its project's approved refinements (to answer) and ideas.
    ctx.body = { ...status, ...(await voting(strapi).community.teamView(reference)) };
  },
}));
