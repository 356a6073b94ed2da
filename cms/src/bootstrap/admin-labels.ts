import type { Core } from '@strapi/strapi';

/**
 * Russian field labels and hints for the content manager. Strapi keeps them in its view
 * configuration (core store), not in the schemas; a label is written only while it is still
 * Strapi's default (the attribute name) and a hint only while it is empty, so whatever an editor
 * sets in «Настроить представление» stays.
 */
type Labels = Record<string, string | [label: string, hint: string]>;

const FIGURE: Labels = {
  value: ['Число', 'Как в источнике, без пробелов: 101948, 3500000, 8'],
  qualifier: ['Точность', 'exact — ровно; more_than — «более …»'],
  unit: ['Единица', 'Сразу после числа, например %; пусто для простого счёта'],
  compact: ['Сокращённо', 'Писать крупные числа коротко: «3,5 млн» вместо «3 500 000»'],
  label: ['Подпись', 'Что посчитано, продолжение числа: «городов из 82 регионов России»'],
  asOf: ['На дату', 'Необязательно: когда посчитано; сайт пишет «на 1 сентября 2021»'],
};
const SLUG: [string, string] = ['Адрес (слаг)', 'Латинские строчные буквы, цифры и дефисы: smart-city'];
const ORDER: [string, string] = ['Порядок', 'Место в списках, по возрастанию'];

const CONTENT_TYPES: Record<string, Labels> = {
  'api::topic.topic': {
    title: 'Название',
    slug: SLUG,
    summary: ['Кратко', 'Одно предложение для карточек и списков'],
    description: ['Описание', 'Для страницы тематики; абзацы через пустую строку'],
    order: ORDER,
  },
  'api::selection-round.selection-round': {
    year: 'Год',
    title: 'Название',
    timeZone: ['Часовой пояс', 'В нём читаются даты этапов, например Europe/Moscow'],
    stages: 'Этапы',
    votingStart: ['Начало голосования', 'Пусто — голосование идёт в даты этапа сбора заявок'],
    votingEnd: ['Конец голосования', 'Укажите обе даты голосования или ни одной'],
    finalistsCount: 'Число финалистов',
    projectsPerExpert: 'Проектов на эксперта',
    maxTeamSize: 'Наибольший размер команды',
    criteria: 'Критерии оценки',
    requirements: ['Требования к заявке', 'Что должна содержать заявка'],
    reviewChecks: ['Что проверяет экспертиза', 'Пункты технической экспертизы'],
  },
  'api::accelerator-module.accelerator-module': {
    number: 'Номер',
    title: 'Название',
    result: ['Результат', 'С чем команда выходит из модуля'],
  },
  'api::success-story.success-story': {
    title: 'Название',
    slug: SLUG,
    city: 'Город',
    text: 'Текст',
    figures: 'Показатели',
    image: 'Изображение',
    imageAlt: ['Описание изображения', 'Что на изображении — для тех, кто его не видит. Обязательно, если изображение есть'],
    order: ORDER,
  },
  'api::best-practice.best-practice': {
    title: 'Название',
    slug: SLUG,
    city: 'Город',
    region: ['Регион', 'Субъект РФ, к которому относится город, — как он назван в Конституции'],
    topic: 'Тематика',
    year: ['Год', 'Год реализации практики или подсчёта её результатов'],
    summary: ['Кратко', 'Два-три предложения: проблема и что изменилось'],
    problem: ['Проблема', 'Какую проблему решала практика; пусто, если источник об этом молчит'],
    steps: ['Что сделали', 'Шаги по порядку: название и что произошло'],
    body: ['Полный текст', 'Абзацы через пустую строку'],
    results: ['Результаты', 'Первые показатели открывают страницу практики'],
    participation: ['Участие жителей', 'Только известные числа; остальные оставьте пустыми'],
    budget: ['Бюджет', 'Общая сумма в рублях и источники финансирования'],
    organisers: 'Организаторы',
    partners: 'Партнёры',
    replication: ['Как повторить', 'Условия, примерная стоимость и сроки для другого города'],
    contact: ['Контакт', 'Только публичные контакты организации, не личные данные'],
    images: ['Фотографии', 'У каждой фотографии обязательно описание для тех, кто её не видит'],
    links: ['Источники', 'Опубликованные источники сведений: название и адрес https://'],
    synthetic: ['Тестовые данные', 'Включено у сгенерированных практик (scripts/generate-practices.ts); у настоящих выключено'],
  },
  'api::voter.voter': {
    identityHash: ['Ключевой хеш адреса', 'HMAC адреса почты; сам адрес не хранится'],
    provider: ['Способ подтверждения', 'email — код на почту'],
    lastVerifiedAt: 'Последнее подтверждение',
    voided: ['Голоса аннулированы', 'Отметьте при накрутке: все голоса жителя перестанут учитываться'],
    voidReason: ['Причина аннулирования', 'Обязательна, если голоса аннулированы'],
    voidedAt: 'Когда аннулированы',
    sessionVersion: ['Версия сеансов', 'Растёт, когда житель выходит на всех устройствах: прежние сеансы перестают действовать'],
  },
  'api::expert-sign-in.expert-sign-in': {
    expert: 'Эксперт (идентификатор)',
    tokenHash: 'Хеш ссылки',
    expiresAt: 'Действует до',
    consumedAt: 'Использована',
    reason: ['Повод', 'Запрос эксперта или назначение проектов'],
    requestedAt: 'Запрошена',
    nextAttemptAt: ['Следующая попытка отправки', 'Письмо, которое почтовый сервер не принял, отправляется снова автоматически'],
    attempts: ['Попыток отправки', 'После 10 неудачных попыток письмо больше не отправляется'],
    sentAt: 'Отправлена',
    failure: ['Ошибка отправки', 'Проверьте адрес эксперта и настройки почты'],
  },
  'api::sign-in-code.sign-in-code': {
    identityHash: 'Ключевой хеш адреса',
    provider: 'Способ подтверждения',
    codeHash: 'Хеш кода',
    codeSealed: ['Код (зашифрован)', 'Чтобы повторный запрос отправил тот же код, а не новый'],
    lastSentAt: 'Последняя отправка',
    expiresAt: 'Действует до',
    attempts: ['Попыток', 'Не больше 5 на код'],
    consumedAt: 'Использован',
  },
  'api::vote.vote': {
    voter: ['Житель', 'Идентификатор голосующего жителя (не адрес)'],
    target: ['За что', 'project:<id> или idea:<id>'],
    kind: ['Вид', 'project — за проект, idea — за идею'],
    project: 'Проект (идентификатор)',
    voided: ['Аннулирован', 'Аннулированные голоса не учитываются; фильтр по полю показывает их список'],
  },
  'api::refinement.refinement': {
    project: 'Проект',
    text: 'Текст доработки',
    moderation: ['Модерация', 'pending — ждёт проверки, approved — видна на сайте, hidden — скрыта'],
    response: ['Ответ команды', 'none — нет ответа, accepted — учтена, declined — отклонена'],
    reply: ['Ответ команды жителю', 'Обязателен при отклонении'],
    respondedAt: 'Когда ответили',
    voter: 'Автор (идентификатор жителя)',
  },
  'api::idea.idea': {
    project: 'Проект',
    title: 'Идея',
    description: 'Описание',
    author: ['Автор', 'editors — редакция, team — команда проекта (приходит черновиком на модерацию: опубликуйте одобренную, удалите отклонённую)'],
  },
  'api::vote-anomaly.vote-anomaly': {
    project: 'Проект (идентификатор)',
    target: ['За что', 'project:<id> — проект, idea:<id> — идея проекта'],
    rule: ['Признак', 'new-voters — голоса новых жителей, old-voters — всплеск голосов давно подтверждённых жителей'],
    projectTitle: 'Проект',
    windowStart: 'С',
    windowEnd: 'По',
    votes: 'Голосов за окно',
    newVoterVotes: ['От новых жителей', 'Подтвердивших почту меньше суток назад'],
    voters: 'Жители (идентификаторы)',
    review: ['Проверка', 'open — не проверено, checked — проверено, накрутки нет, voided — аннулировать голоса всех перечисленных жителей'],
    note: 'Заметка модератора',
  },
  'api::expert.expert': {
    name: 'Имя',
    email: ['Почта', 'На неё приходят ссылки для входа в кабинет эксперта; не публикуется'],
    city: ['Город', 'Проекты из этого города эксперту не назначаются'],
    region: 'Регион',
    competences: ['Компетенции', 'Тематики, в которых эксперт работает'],
    conflictProjects: ['Конфликт интересов: заявки', 'Номера заявок через запятую или с новой строки'],
    conflictCities: ['Конфликт интересов: города', 'Города через запятую или с новой строки'],
    active: ['Участвует в отборе', 'Снимите отметку, чтобы не назначать эксперту проекты'],
    listedPublicly: ['Показывать в списке совета', 'Только имя, на странице отбора'],
  },
  'api::draw.draw': {
    year: 'Год отбора',
    stage: ['Этап', 'announced — хеш опубликован; drawn — распределить проекты и раскрыть зерно (необратимо)'],
    seedHash: ['Хеш зерна (SHA-256)', 'Публикуется сразу; заполняется автоматически'],
    seed: ['Зерно', 'Секрет до распределения; заполняется автоматически'],
    revealedSeed: ['Раскрытое зерно', 'Публикуется после распределения'],
    announcedAt: 'Хеш опубликован',
    drawnAt: 'Распределено',
    publishedData: ['Данные для проверки', 'Проекты, эксперты (без имён) и результат — для npm run assign'],
    note: 'Примечание алгоритма',
  },
  'api::review.review': {
    expert: 'Эксперт (идентификатор)',
    expertName: 'Эксперт',
    project: 'Заявка',
    year: 'Год отбора',
    state: ['Состояние', 'assigned — назначена, submitted — оценка сохранена, conflict — конфликт интересов'],
    scores: 'Оценки по критериям',
    overallComment: 'Общий комментарий',
    total: ['Итог, 0–100', 'Взвешенное среднее оценок'],
    submittedAt: 'Сохранена',
    conflictReason: 'Конфликт интересов',
  },
  'api::selection-result.selection-result': {
    year: 'Год отбора',
    recompute: ['Пересчитать', 'Отметьте и сохраните, чтобы пересчитать рейтинг по текущим оценкам'],
    ranking: ['Рейтинг', 'Для рабочей группы; CSV: /api/selection-results/<год>/ranking.csv'],
    computedAt: 'Посчитан',
    finalists: ['Финалисты', 'Номера заявок, по одному в строке; по умолчанию — первые по рейтингу'],
    boundaryNote: ['Примечание о границе', 'Равенство на границе финала или нехватка оценок'],
    confirmed: ['Подтверждено', 'Рабочая группа утвердила финалистов; в день объявления они появятся на сайте'],
    extraReviews: ['Дополнительная экспертиза', 'Номера заявок с большим расхождением оценок: каждой будет назначен ещё один эксперт'],
    extraReviewLog: 'Журнал дополнительных экспертиз',
    announcedAt: 'Объявлено',
  },
  'api::project.project': {
    reference: ['Номер заявки', 'Вида 2020-000123; проект создаётся из заявки при её публикации модератором'],
    year: ['Год отбора', 'Год отбора, в который подана заявка'],
    title: 'Название',
    topic: 'Тематика',
    city: 'Город',
    region: ['Регион', 'Субъект РФ, к которому относится город'],
    description: ['Краткое описание', 'Из заявки'],
    problem: ['Проблема', 'Какую проблему решает проект'],
    effect: ['Социально-экономический эффект', 'Планируемый эффект словами'],
    indicators: ['Показатели эффекта', 'Измеримые показатели: исходное и целевое значение'],
    audience: 'Целевая аудитория',
    budgetTotal: ['Бюджет, ₽', 'Общий бюджет в рублях, равен сумме статей'],
    budgetItems: 'Статьи бюджета',
    team: ['Команда', 'Только имена и роли — без контактов'],
    videoUrl: ['Видеоролик', 'Ссылка на видео о команде'],
    stage: [
      'Этап отбора',
      'submitted — подана, review_passed — прошла техэкспертизу, review_failed — не прошла, in_selection — в основном отборе, finalist — финалист, not_selected — не отобрана',
    ],
    reviewNote: ['Замечание экспертизы', 'Показывается публично, только если проект не прошёл техническую экспертизу'],
    submittedAt: ['Подана', 'Когда заявка поступила'],
  },
  'api::application.application': {
    reference: ['Номер заявки', 'Присваивается при подаче: год и номер, 2020-000123'],
    year: 'Год отбора',
    idempotencyKey: ['Ключ повтора', 'Служебное: повторная отправка с тем же ключом не создаёт вторую заявку'],
    bodyHash: ['Отпечаток заявки', 'Служебное: SHA-256 заявки; ключ повтора действует только для той же заявки'],
    statusLinkVersion: ['Версия ссылки на статус', 'Увеличьте на 1, чтобы отозвать ссылку на статус (например, если она попала к посторонним): старая перестанет открываться, лидеру уйдёт письмо с новой'],
    title: 'Название проекта',
    topic: 'Тематика',
    city: 'Город',
    region: 'Регион',
    leaderEmail: ['Почта лидера', 'Личные данные: не публикуется'],
    data: ['Заявка целиком', 'Как её отправила команда, с контактами и резюме. Личные данные: не публикуется'],
    completeness: ['Проверка полноты', 'Автоматический отчёт при подаче: каких обязательных пунктов нет или они неверны'],
    moderation: ['Модерация', 'published — опубликовать как проект; rejected — отклонить (только явные нарушения, не по существу)'],
    moderationReason: ['Причина отклонения', 'Обязательна при отклонении; видна лидеру на странице статуса'],
    topicFit: ['Соответствие тематике', 'Техническая экспертиза: pass — соответствует, fail — нет'],
    topicFitReason: ['Причина (тематика)', 'Обязательна при fail; видна лидеру и на странице проекта'],
    completenessDecision: ['Полнота заявки', 'Техническая экспертиза: pass — всё есть, fail — не хватает обязательного'],
    completenessReason: ['Причина (полнота)', 'Обязательна при fail; видна лидеру и на странице проекта'],
    stage: ['Этап отбора', 'Ставится сам по решениям экспертизы; дальше — in_selection, finalist, not_selected'],
    project: ['Проект', 'Публичная страница проекта; создаётся при публикации'],
  },
  'api::programme.programme': {
    name: 'Название',
    organiser: 'Организатор',
    slogan: 'Слоган',
    purpose: ['Назначение', 'Абзац, которым открывается главная страница'],
    goals: 'Цели',
    involvement: 'Охват',
    quote: 'Цитата',
  },
  'api::platform.platform': {
    name: 'Название',
    url: ['Адрес сайта', 'Полный адрес: https://100gorodov.ru/'],
    tagline: 'Подзаголовок',
    advantages: 'Преимущества',
    resultsYear: 'Год итогов',
    results: 'Итоги',
  },
};

const COMPONENTS: Record<string, Labels> = {
  'shared.figure': FIGURE,
  'round.stage': {
    kind: ['Вид этапа', 'collection — сбор заявок, technical_review — техническая экспертиза, main_selection — основной отбор, announcement — объявление финалистов'],
    title: 'Название',
    startDate: ['Начало', 'Первый день этапа, включительно'],
    endDate: ['Окончание', 'Последний день этапа, включительно'],
    description: 'Описание',
  },
  'round.criterion': {
    title: 'Название',
    description: 'Пояснение',
    weight: ['Вес', 'Относительный вес в итоговой оценке; 1, если все равны'],
    basedOnVotes: ['По голосам жителей', 'Оценивается по голосованию жителей за проект'],
  },
  'round.list-item': { title: 'Пункт', note: 'Примечание' },
  'programme.goal': { title: 'Цель', target: ['Ориентир', 'Необязательно: измеримый ориентир цели'] },
  'programme.quote': { text: 'Текст', author: 'Автор', date: 'Дата' },
  'platform.advantage': { title: 'Заголовок', text: 'Текст' },
  'practice.step': { title: 'Шаг', text: 'Что произошло' },
  'practice.participation': {
    residents: ['Жителей участвовало', 'Сколько жителей вовлечено в проект'],
    votes: ['Голосов', 'Голоса жителей за проект или за идеи внутри него'],
    ideas: ['Идей', 'Сколько идей жители предложили или за сколько голосовали'],
    refinements: ['Доработок', 'Доработки, оставленные жителями на платформе'],
  },
  'practice.budget': {
    total: ['Всего, ₽', 'Общий бюджет в рублях числом: 1200000'],
    sources: 'Источники финансирования',
  },
  'practice.budget-source': {
    kind: [
      'Источник',
      'federal_budget — федеральный бюджет, regional_budget — региональный, municipal_budget — муниципальный, grant — грант, business — бизнес, crowdfunding — краудфандинг, other — другое',
    ],
    amount: ['Сумма, ₽', 'Необязательно; в рублях числом'],
    note: ['Пояснение', 'Какой грант, программа или компания'],
  },
  'practice.organisation': { name: 'Название', role: ['Роль', 'Что сделали в проекте: «проектная команда», «предоставил помещение»'] },
  'practice.replication': {
    conditions: ['Условия', 'Что нужно городу, чтобы повторить: площадка, команда, поддержка жителей'],
    approximateCost: ['Примерная стоимость, ₽', 'В рублях числом'],
    timeline: ['Сроки', 'Словами: «6–9 месяцев», «один летний сезон»'],
  },
  'practice.contact': {
    name: ['Организация', 'Например: «Проектный офис администрации города»'],
    email: ['Эл. почта', 'Публичный адрес организации, не личный'],
    phone: ['Телефон', 'Например +7 (3462) 52-20-00'],
    website: ['Сайт', 'Полный адрес: https://…'],
  },
  'practice.image': {
    image: 'Фотография',
    alt: ['Описание изображения', 'Что на фотографии — для тех, кто её не видит. Обязательно'],
    caption: ['Подпись', 'Необязательно: показывается под фотографией'],
  },
  'project.indicator': {
    name: 'Показатель',
    unit: ['Единица', 'Что считается: «человек», «%»'],
    baseline: 'Исходное значение',
    target: 'Целевое значение',
  },
  'project.budget-item': {
    item: 'Статья расходов',
    amount: ['Сумма, ₽', 'В рублях числом'],
    source: ['Источник', 'own_funds — собственные средства, grant — грант, co_financing — софинансирование, other — другое'],
  },
  'project.team-member': { name: 'Имя', role: 'Роль в проекте' },
  'practice.link': { title: 'Название', url: ['Адрес', 'Полный адрес: https://…'] },
};

/** Which field names a repeatable component's entries in the edit form (Strapi picks the first string). */
const MAIN_FIELDS: Record<string, string> = { 'shared.figure': 'label' };

interface ViewConfiguration {
  settings?: { mainField?: string };
  metadatas?: Record<string, { edit?: { label?: string; description?: string }; list?: { label?: string } }>;
}

async function label(strapi: Core.Strapi, key: string, labels: Labels, mainField?: string): Promise<boolean> {
  const store = strapi.store({ type: 'plugin', name: 'content_manager' });
  const config = (await store.get({ key })) as ViewConfiguration | null;
  if (!config?.metadatas) return false;
  let changed = false;
  for (const [field, value] of Object.entries(labels)) {
    const [text, hint] = Array.isArray(value) ? value : [value, ''];
    const meta = config.metadatas[field];
    if (!meta) continue;
    if (meta.edit && (meta.edit.label === field || !meta.edit.label)) {
      meta.edit.label = text;
      changed = true;
    }
    if (meta.edit && hint && !meta.edit.description) {
      meta.edit.description = hint;
      changed = true;
    }
    if (meta.list && (meta.list.label === field || !meta.list.label)) {
      meta.list.label = text;
      changed = true;
    }
  }
  const defaultMain = config.settings?.mainField;
  if (mainField && config.settings && defaultMain !== mainField && (defaultMain === 'id' || defaultMain === 'unit')) {
    config.settings.mainField = mainField;
    changed = true;
  }
  if (changed) await store.set({ key, value: config });
  return changed;
}

export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  let updated = 0;
  for (const [uid, labels] of Object.entries(CONTENT_TYPES)) {
    if (await label(strapi, `configuration_content_types::${uid}`, labels)) updated += 1;
  }
  for (const [uid, labels] of Object.entries(COMPONENTS)) {
    if (await label(strapi, `configuration_components::${uid}`, labels, MAIN_FIELDS[uid])) updated += 1;
  }
  if (updated > 0) strapi.log.info(`admin: Russian field labels set on ${updated} content-manager views`);
}
