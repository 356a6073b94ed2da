// The application form's sections of single fields: the project, the video, the leader's CV, the
// contacts, and the consent (with the honeypot before it). The lists are in lists.tsx.
import { RUSSIAN_REGIONS } from '@portal/schema';
import type { RefObject } from 'react';
import { fieldId } from '../../../lib/application-errors.ts';
import { describedBy, FieldError, SelectField, TextField } from './fields.tsx';
import type { FormApi } from './use-application-form.ts';

export function AboutSection({ form, topics }: { form: FormApi; topics: Array<{ slug: string; title: string }> }) {
  const { draft, field, set } = form;
  return (
    <fieldset className="form-group">
      <legend>О проекте</legend>
      <TextField {...field('title')} label="Название проекта" hint="От 5 до 150 символов: коротко и понятно жителям." value={draft.title} onChange={set('title', 'title')} />
      <SelectField {...field('topic')} label="Тематика" hint="Проект относится к одной тематике отбора." value={draft.topic} onChange={set('topic', 'topic')}>
        <option value="">Выберите тематику</option>
        {topics.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.title}
          </option>
        ))}
      </SelectField>
      <TextField {...field('city')} label="Город" hint="Город или посёлок, где будет реализован проект." value={draft.city} onChange={set('city', 'city')} autoComplete="address-level2" />
      <SelectField {...field('region')} label="Регион" hint="Субъект Российской Федерации." value={draft.region} onChange={set('region', 'region')}>
        <option value="">Выберите регион</option>
        {RUSSIAN_REGIONS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      <TextField {...field('description')} multiline label="Краткое описание проекта" hint="Что вы сделаете и для кого: от 50 до 3000 символов." value={draft.description} onChange={set('description', 'description')} />
      <TextField {...field('problem')} multiline label="Проблема, которую решает проект" hint="Что мешает жителям сейчас и почему это важно для города: от 50 до 3000 символов." value={draft.problem} onChange={set('problem', 'problem')} />
      <TextField {...field('audience')} multiline label="Целевая аудитория" hint="Кто будет пользоваться результатом проекта: от 10 до 2000 символов." value={draft.audience} onChange={set('audience', 'audience')} />
    </fieldset>
  );
}

export function VideoSection({ form, videoHosts }: { form: FormApi; videoHosts: string[] }) {
  return (
    <fieldset className="form-group">
      <legend>Видеоролик о команде</legend>
      <TextField
        {...form.field('videoUrl')}
        label="Ссылка на видеоролик"
        hint={`Ссылка https:// на один из сервисов: ${videoHosts.join(', ')}.`}
        type="url"
        inputMode="url"
        value={form.draft.videoUrl}
        onChange={form.set('videoUrl', 'videoUrl')}
      />
    </fieldset>
  );
}

export function LeaderCvSection({ form }: { form: FormApi }) {
  const { draft, field, set } = form;
  return (
    <fieldset className="form-group">
      <legend>Резюме лидера проекта</legend>
      <TextField {...field('leaderCv.education')} multiline label="Образование" hint="Учебные заведения, специальность, курсы: от 10 символов." value={draft.cvEducation} onChange={set('cvEducation', 'leaderCv.education')} />
      <TextField {...field('leaderCv.experience')} multiline label="Опыт работы" hint="Где и чем вы занимались, какими проектами руководили: от 10 символов." value={draft.cvExperience} onChange={set('cvExperience', 'leaderCv.experience')} />
      <TextField {...field('leaderCv.achievements')} multiline label="Достижения" hint="Результаты, которыми вы гордитесь: от 10 символов." value={draft.cvAchievements} onChange={set('cvAchievements', 'leaderCv.achievements')} />
      <TextField {...field('leaderCv.profileUrl')} label="Ссылка на профиль (необязательно)" hint="Страница или портфолио, https://." type="url" inputMode="url" value={draft.cvProfileUrl} onChange={set('cvProfileUrl', 'leaderCv.profileUrl')} />
    </fieldset>
  );
}

export function ContactsSection({ form }: { form: FormApi }) {
  const { draft, field, set } = form;
  return (
    <fieldset className="form-group">
      <legend>Контакты лидера</legend>
      <p className="hint" id="contacts-private">
        Контакты видят только организаторы отбора: они никогда не публикуются на сайте.
      </p>
      <TextField {...field('contacts.email')} label="Электронная почта" hint="На неё придёт подтверждение и ссылка на статус заявки." type="email" inputMode="email" autoComplete="email" value={draft.email} onChange={set('email', 'contacts.email')} />
      <TextField {...field('contacts.phone')} label="Телефон" hint="Например: +7 912 345-67-89." type="tel" inputMode="tel" autoComplete="tel" value={draft.phone} onChange={set('phone', 'contacts.phone')} />
    </fieldset>
  );
}

/** A field people never see: a bot that fills it in is refused by the function. */
export function Honeypot({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="application-website">Не заполняйте это поле</label>
      <input id="application-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" ref={inputRef} />
    </div>
  );
}

/** The consent box: its message above it, the legal text below (a field's messages are never an empty list). */
export function ConsentField({ form, organiser }: { form: FormApi; organiser: string }) {
  const errors = form.errors.consent;
  const id = fieldId('consent');
  const onChange = form.set('consent', 'consent');
  return (
    <div className={`form-field form-field--check${errors?.length ? ' form-field--invalid' : ''}`} data-field="consent">
      <FieldError id={id} errors={errors} />
      <input id={id} name="consent" type="checkbox" checked={form.draft.consent} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, errors)} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>Согласен(на) на обработку персональных данных</label>
      <p className="hint" id={`${id}-hint`}>
        В соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» я даю согласие организатору программы ({organiser}) на обработку
        персональных данных, указанных в заявке (имена участников команды, резюме и контакты лидера), в целях рассмотрения заявки на участие в
        отборе, связи со мной по заявке и сообщения о её статусе. Контакты и резюме не публикуются. Согласие можно отозвать, написав
        организатору.
      </p>
    </div>
  );
}
