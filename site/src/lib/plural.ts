/** The three Russian noun forms a count needs: 1 проект, 3 проекта, 5 проектов. */
export interface PluralForms {
  /** 1, 21, 101 … */
  one: string;
  /** 2–4, 22–24 … */
  few: string;
  /** 0, 5–20, 25–30 … */
  many: string;
  /** Fractions (1,5 проекта); the `few` form when omitted. */
  other?: string;
}

const rules = new Intl.PluralRules('ru');
const counts = new Intl.NumberFormat('ru-RU');

/** The form of the noun that agrees with `count` («проекта» for 3). */
export function pluralWord(count: number, forms: PluralForms): string {
  const category = rules.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  if (category === 'many') return forms.many;
  return forms.other ?? forms.few;
}

/** The count and the noun together: «3 проекта», «25 финалистов», «5 тематик». */
export function pluralize(count: number, forms: PluralForms): string {
  return `${counts.format(count)} ${pluralWord(count, forms)}`;
}

/** Nouns the site counts, in one place so that each is spelled once. */
export const nouns = {
  project: { one: 'проект', few: 'проекта', many: 'проектов' },
  application: { one: 'заявка', few: 'заявки', many: 'заявок' },
  finalist: { one: 'финалист', few: 'финалиста', many: 'финалистов' },
  topic: { one: 'тематика', few: 'тематики', many: 'тематик' },
  /** After «одной из»: одной из 21 тематики, одной из 5 тематик. */
  topicGenitive: { one: 'тематики', few: 'тематик', many: 'тематик' },
  stage: { one: 'этап', few: 'этапа', many: 'этапов' },
  criterion: { one: 'критерий', few: 'критерия', many: 'критериев' },
  module: { one: 'модуль', few: 'модуля', many: 'модулей' },
  /** After «из»: из 1 модуля, из 4 модулей. */
  moduleGenitive: { one: 'модуля', few: 'модулей', many: 'модулей' },
  practice: { one: 'практика', few: 'практики', many: 'практик' },
  story: { one: 'история успеха', few: 'истории успеха', many: 'историй успеха' },
  /** A search's hits: 1 результат, 3 результата, 7 результатов. */
  result: { one: 'результат', few: 'результата', many: 'результатов' },
  city: { one: 'город', few: 'города', many: 'городов' },
  region: { one: 'регион', few: 'региона', many: 'регионов' },
  day: { one: 'день', few: 'дня', many: 'дней' },
  person: { one: 'человек', few: 'человека', many: 'человек' },
  vote: { one: 'голос', few: 'голоса', many: 'голосов' },
  refinement: { one: 'доработка', few: 'доработки', many: 'доработок' },
  idea: { one: 'идея', few: 'идеи', many: 'идей' },
  /** After «через», «действует»: через 1 минуту, 2 минуты, 10 минут. */
  minuteAccusative: { one: 'минуту', few: 'минуты', many: 'минут' },
  secondAccusative: { one: 'секунду', few: 'секунды', many: 'секунд' },
  expert: { one: 'эксперт', few: 'эксперта', many: 'экспертов' },
  /** An expert's review of a project: 1 оценка, 2 оценки, 5 оценок. */
  review: { one: 'оценка', few: 'оценки', many: 'оценок' },
  /** Score points: 1 балл, 3 балла, 7 баллов, 87,3 балла. */
  point: { one: 'балл', few: 'балла', many: 'баллов', other: 'балла' },
} as const satisfies Record<string, PluralForms>;
