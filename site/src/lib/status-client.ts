// The private status page's request: the token from the link's `#` goes in a POST body (never in a
// URL, so never in a log); the answer is the shared contract (@portal/schema application-status).
import { ApplicationStatusAnswerSchema, type ApplicationStatusAnswer } from '@portal/schema';
import { requestJson, type ApiResult, type EndpointMessages, type Fetch } from './api.ts';

/** The status page's own words: its one request can only mean these. */
export const STATUS_PAGE_MESSAGES: EndpointMessages = {
  0: 'Нет связи с сервером. Проверьте подключение и обновите страницу.',
  404: 'Ссылка не найдена: проверьте, что она скопирована из письма целиком.',
  410: 'Эта ссылка на статус заявки отозвана. Новая ссылка отправлена на почту руководителя проекта.',
  429: 'Слишком много запросов. Попробуйте через минуту.',
  503: 'Статус сейчас недоступен. Попробуйте через несколько минут.',
  other: (status) => `Не удалось узнать статус (ошибка ${status}). Попробуйте позже.`,
};

export function applicationStatus(endpoint: string, token: string, fetchImpl: Fetch = (input, init) => fetch(input, init)): Promise<ApiResult<ApplicationStatusAnswer>> {
  return requestJson(fetchImpl, 'POST', endpoint, { token }, ApplicationStatusAnswerSchema, Date.now, STATUS_PAGE_MESSAGES);
}
