import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock, Rocket, Bell } from '@strapi/icons';

/**
 * The admin panel. Editors of the portal work in Russian: Russian is offered next to English
 * (which Strapi always keeps) and each editor picks it once in «Profile → Interface language».
 * The home page is the programme's desk: what waits for whom, the round's stage and the last site
 * build (widgets.tsx), instead of Strapi's onboarding and promotion.
 */
const APPLICATIONS = 'api::application.application';

export default {
  config: {
    locales: ['ru'],
    tutorials: false,
    notifications: { releases: false },
    translations: {
      ru: {
        'HomePage.header.subtitle': 'Рабочий стол программы «100 городских лидеров»: что ждёт решения, этап отбора и сборка сайта',
        'app.components.MediaLibraryBanner.intro': 'Медиатека обновлена. ',
        'app.components.MediaLibraryBanner.text': 'Загрузка и выбор изображений работают как прежде.',
        'app.components.MediaLibraryBanner.text.enabled': 'Загрузка и выбор изображений работают как прежде.',
        'app.components.MediaLibraryBanner.button': 'Подробнее',
        'app.components.MediaLibraryBanner.button.enabled': 'Подробнее',
        'app.components.MediaLibraryBanner.close': 'Закрыть',
        // Strapi's own home texts that its Russian translation lacks.
        'HomePage.addWidget.button': 'Добавить виджет',
        'content-manager.widget.last-edited.title': 'Последние изменения',
        'content-manager.widget.last-edited.no-data': 'Изменённых записей нет',
        'content-manager.widget.last-edited.single-type': 'Одиночный тип',
        'content-manager.widget.last-published.title': 'Последние публикации',
        'content-manager.widget.last-published.no-data': 'Опубликованных записей нет',
        'content-manager.widget.chart-entries.title': 'Записи',
        'content-manager.widget.chart-entries.count.label': '{count, plural, one {запись} few {записи} other {записей}}',
        'content-manager.widget.chart-entries.tooltip': '{count, plural, one {# запись} few {# записи} other {# записей}}',
      },
    },
  },
  register(app: StrapiApp) {
    // The desk's widgets first; Strapi's own (profile, statistics, last edited entries) after them.
    // The queues show to whoever reads applications (moderators, the selection secretary, the super
    // administrator); the round and the build to everyone.
    app.widgets.register((widgets) => [
      {
        id: 'desk-queues',
        icon: Bell,
        title: { id: 'portal.desk.queues', defaultMessage: 'Ждут решения' },
        component: async () => (await import('./widgets')).QueuesWidget,
        permissions: [{ action: 'plugin::content-manager.explorer.read', subject: APPLICATIONS }],
      },
      {
        id: 'desk-round',
        icon: Clock,
        title: { id: 'portal.desk.round', defaultMessage: 'Этап отбора' },
        component: async () => (await import('./widgets')).RoundWidget,
      },
      {
        id: 'desk-build',
        icon: Rocket,
        title: { id: 'portal.desk.build', defaultMessage: 'Сборка сайта' },
        component: async () => (await import('./widgets')).BuildWidget,
      },
      ...widgets,
    ]);
  },
  bootstrap(_app: StrapiApp) {},
};
