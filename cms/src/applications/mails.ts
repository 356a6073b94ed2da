import type { Application } from '@portal/schema';
import type { Mail } from '../core/mailer';

const SIGNATURE = '\n\n—\nКоманда программы «100 городских лидеров»';

export function confirmationMail(application: Application, reference: string, statusUrl?: string): Mail {
  return {
    to: application.contacts.email,
    subject: `Заявка ${reference} принята`,
    text:
      `Здравствуйте!\n\nЗаявка «${application.title}» принята, её номер ${reference}.` +
      (statusUrl ? `\n\nСтатус заявки: ${statusUrl}\nСсылка личная — не публикуйте её.` : '') +
      '\n\nДальше заявку проверит модератор, затем она пройдёт техническую экспертизу; о её результате мы напишем.' +
      SIGNATURE,
  };
}

export interface ReviewOutcome {
  email: string;
  reference: string;
  title: string;
  passed: boolean;
  reasons: string[];
}

export function reviewMail(o: ReviewOutcome): Mail {
  return {
    to: o.email,
    subject: `Заявка ${o.reference}: ${o.passed ? 'техническая экспертиза пройдена' : 'техническая экспертиза не пройдена'}`,
    text:
      `Здравствуйте!\n\nЗаявка «${o.title}» (${o.reference}) ` +
      (o.passed
        ? 'прошла техническую экспертизу и переходит в основной отбор.'
        : `не прошла техническую экспертизу.\n\nПричина:\n${o.reasons.map((r) => `— ${r}`).join('\n')}`) +
      SIGNATURE,
  };
}
