import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import type { DeskSummary, Queue, RoundSummary } from '../desk/summary';
import type { BuildStatus } from '../build-hook/status';
import { formatDate } from '@portal/schema/domain/dates';
// The site's Russian plurals, one spelling for the portal (a pure module, bundled into the admin panel).
import { nouns, pluralize, type PluralForms } from '../../../site/src/lib/plural';

const moment = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The editors' home (Strapi's homepage widgets): what waits for someone, the round's stage and the
 * last site build. One request to `GET /editors-desk/summary` (src/desk) serves all three widgets.
 */

let shared: { at: number; request: Promise<DeskSummary> } | null = null;

function useDesk(): { data: DeskSummary | null; failed: boolean } {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data: DeskSummary | null; failed: boolean }>({ data: null, failed: false });
  React.useEffect(() => {
    let live = true;
    // The three widgets mount together: they share one answer for a few seconds.
    if (!shared || Date.now() - shared.at > 5000) {
      shared = { at: Date.now(), request: get<{ data: DeskSummary }>('/editors-desk/summary').then((r) => r.data.data) };
    }
    shared.request.then(
      (data) => live && setState({ data, failed: false }),
      () => {
        shared = null;
        if (live) setState({ data: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [get]);
  return state;
}

const QUEUE_TEXT: Record<Queue['id'], { title: string; forms: PluralForms }> = {
  review: { title: 'Ждут технической экспертизы', forms: nouns.application },
  applications: { title: 'Заявки ждут модерации', forms: nouns.application },
  refinements: { title: 'Доработки жителей ждут модерации', forms: nouns.refinement },
  ideas: { title: 'Идеи команд ждут модерации', forms: nouns.idea },
  anomalies: { title: 'Подозрительная активность не проверена', forms: { one: 'случай', few: 'случая', many: 'случаев' } },
};

function Loaded({ children }: { children: (data: DeskSummary) => React.ReactNode }) {
  const { data, failed } = useDesk();
  if (failed) return <Widget.Error>Не удалось загрузить сводку. Обновите страницу.</Widget.Error>;
  if (!data) return <Widget.Loading>Загрузка…</Widget.Loading>;
  return <>{children(data)}</>;
}

function QueueRow({ queue }: { queue: Queue }) {
  const text = QUEUE_TEXT[queue.id];
  return (
    <Flex tag="li" justifyContent="space-between" gap={2} paddingTop={2} paddingBottom={2} data-queue={queue.id}>
      <Link to={queue.href}>
        <Typography textColor="primary600">{text.title}</Typography>
      </Link>
      <Badge active={queue.count > 0}>{queue.count > 0 ? pluralize(queue.count, text.forms) : 'нет'}</Badge>
    </Flex>
  );
}

export function QueuesWidget() {
  return (
    <Loaded>
      {({ queues }) =>
        queues.length === 0 ? (
          <Widget.NoData>У вашей роли нет очередей на проверку.</Widget.NoData>
        ) : (
          <Box tag="ul" width="100%">
            {queues.map((q) => (
              <QueueRow key={q.id} queue={q} />
            ))}
          </Box>
        )
      }
    </Loaded>
  );
}

function roundLine(round: RoundSummary): string {
  const day = round.date ? formatDate(round.date) : '';
  const left = round.days === null ? '' : pluralize(round.days, nouns.day);
  switch (round.phase) {
    case 'during':
      return round.days === 1 ? `Последний день этапа — ${day}` : `Ещё ${left}, до ${day} включительно`;
    case 'before':
    case 'between':
      return `Начнётся ${day}: через ${left}`;
    case 'after':
      return 'Отбор завершён';
  }
}

export function RoundWidget() {
  return (
    <Loaded>
      {({ round }) =>
        !round ? (
          <Widget.NoData>Опубликованного отбора пока нет.</Widget.NoData>
        ) : (
          <Flex direction="column" alignItems="flex-start" gap={2} width="100%" data-round-phase={round.phase}>
            <Typography variant="sigma" textColor="neutral600">
              {round.title}
            </Typography>
            <Typography variant="beta" tag="p">
              {round.phase === 'during' ? round.stage : round.phase === 'after' ? `Последний этап: ${round.stage}` : `Следующий этап: ${round.stage}`}
            </Typography>
            <Typography textColor="neutral700">{roundLine(round)}</Typography>
          </Flex>
        )
      }
    </Loaded>
  );
}

const STEPS: Array<{ state: BuildStatus['state']; label: string }> = [
  { state: 'published', label: 'Опубликовано' },
  { state: 'building', label: 'Сайт собирается' },
  { state: 'live', label: 'На сайте' },
];

function BuildSteps({ build }: { build: BuildStatus }) {
  const reached = build.state === 'error' ? 1 : STEPS.findIndex((s) => s.state === build.state);
  return (
    <Flex tag="ol" gap={2} wrap="wrap">
      {STEPS.map((step, i) => (
        <Box key={step.state} tag="li" aria-current={i === reached ? 'step' : undefined}>
          <Badge active={i <= reached}>{step.label}</Badge>
        </Box>
      ))}
    </Flex>
  );
}

export function BuildWidget() {
  return (
    <Loaded>
      {({ build, site }) =>
        !build ? (
          <Widget.NoData>С запуска CMS сайт не пересобирался.</Widget.NoData>
        ) : (
          <Flex direction="column" alignItems="flex-start" gap={3} width="100%" data-build-state={build.state}>
            <BuildSteps build={build} />
            {build.state === 'error' ? (
              <Typography textColor="danger600">Ошибка сборки: {build.detail ?? 'причина неизвестна'}. Последняя удачная версия сайта остаётся на месте.</Typography>
            ) : (
              <Typography textColor="neutral700">
                {build.state === 'live' ? 'Сайт обновлён' : build.state === 'building' ? 'Сборка запущена' : 'Изменения ждут сборки'} {moment.format(new Date(build.at))}
              </Typography>
            )}
            {site && (
              <Typography tag="a" href={site} target="_blank" rel="noopener" textColor="primary600">
                Открыть сайт
              </Typography>
            )}
          </Flex>
        )
      }
    </Loaded>
  );
}
