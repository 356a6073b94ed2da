// The team's application, every section of it, as the expert scores it. Text is rendered with
// `{…}` (escaped), paragraphs split on blank lines as on the public pages.
import type { ReactNode } from 'react';
import type { ApplicationView } from '../../lib/expert-application.ts';
import { formatNumber } from '../../lib/format-number.ts';
import { paragraphs } from '../../lib/text.ts';

const roubles = (n: number | null) => (n === null ? '—' : `${formatNumber(n)}\u00a0₽`);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="practice-section" aria-labelledby={`expert-app-${id}`} data-application-section={id}>
      <h3 id={`expert-app-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

/** A link to another site, said the way ExternalLink.astro says it. */
function External({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener">
      {children}
      <span className="external-mark" aria-hidden="true">
        ↗
      </span>
      <span className="visually-hidden"> (внешний сайт, откроется в новой вкладке)</span>
    </a>
  );
}

function Text({ text }: { text: string }) {
  const list = paragraphs(text);
  if (list.length === 0) return <p className="hint">Не заполнено.</p>;
  return (
    <div className="prose">
      {list.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

/** A table that scrolls on its own on a narrow screen; `label` names both the region and the table. */
function Table({ label, columns, children }: { label: string; columns: Array<{ title: string; num?: boolean }>; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="budget-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.title} scope="col" className={column.num ? 'num' : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export default function ExpertApplication({ app }: { app: ApplicationView }) {
  return (
    <div className="expert-application" data-expert-application>
      <Section id="description" title="О проекте">
        <Text text={app.description} />
      </Section>
      <Section id="problem" title="Проблема, которую решает проект">
        <Text text={app.problem} />
      </Section>
      <Section id="effect" title="Социально-экономический эффект">
        <Text text={app.effect} />
        {app.indicators.length > 0 && (
          <Table label="Показатели эффекта" columns={[{ title: 'Показатель' }, { title: 'Сейчас', num: true }, { title: 'Цель', num: true }]}>
            {app.indicators.map((i, n) => (
              <tr key={n}>
                <td>
                  {i.name}
                  {i.unit && <>, {i.unit}</>}
                </td>
                <td className="num">{i.baseline === null ? '—' : formatNumber(i.baseline)}</td>
                <td className="num">{i.target === null ? '—' : formatNumber(i.target)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
      <Section id="audience" title="Целевая аудитория">
        <Text text={app.audience} />
      </Section>
      <Section id="budget" title="Бюджет">
        <p className="budget-total">
          Всего: <strong>{app.budgetTotal === null ? 'не указано' : roubles(app.budgetTotal)}</strong>
        </p>
        {app.budgetItems.length > 0 && (
          <Table label="Статьи бюджета" columns={[{ title: 'Статья' }, { title: 'Источник' }, { title: 'Сумма', num: true }]}>
            {app.budgetItems.map((item, n) => (
              <tr key={n}>
                <td>{item.item}</td>
                <td>{item.source}</td>
                <td className="num">{roubles(item.amount)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
      <Section id="team" title="Команда">
        {app.team.length > 0 ? (
          <ul className="team-list">
            {app.team.map((m, n) => (
              <li key={n}>
                <strong>{m.name}</strong> — {m.role}
                {m.competences && <span className="note">. Компетенции: {m.competences}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">Не заполнено.</p>
        )}
      </Section>
      <Section id="cv" title="Резюме лидера проекта">
        {app.cv ? (
          <dl className="expert-cv">
            <dt>Образование</dt>
            <dd>
              <Text text={app.cv.education} />
            </dd>
            <dt>Опыт работы</dt>
            <dd>
              <Text text={app.cv.experience} />
            </dd>
            <dt>Достижения</dt>
            <dd>
              <Text text={app.cv.achievements} />
            </dd>
            {app.cv.profileUrl && (
              <>
                <dt>Профиль или портфолио</dt>
                <dd>
                  <External href={app.cv.profileUrl}>{app.cv.profileUrl}</External>
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="hint">Не заполнено.</p>
        )}
      </Section>
      <Section id="video" title="Видео о команде">
        {app.videoUrl ? (
          <p>
            <External href={app.videoUrl}>Смотреть видеоролик</External>
          </p>
        ) : (
          <p className="hint">Ссылки нет.</p>
        )}
      </Section>
    </div>
  );
}
