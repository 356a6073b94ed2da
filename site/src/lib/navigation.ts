/** The site's sections, in the order of the main menu. */
export interface Section {
  href: string;
  label: string;
  /** Other paths that belong to the section (a success story belongs to the platform). */
  includes?: readonly string[];
}

export const sections: readonly Section[] = [
  { href: '/topics/', label: 'Тематики' },
  { href: '/selection/', label: 'Отбор', includes: ['/finalists/'] },
  { href: '/accelerator/', label: 'Акселератор' },
  { href: '/platform/', label: 'Платформа', includes: ['/stories/'] },
  { href: '/practices/', label: 'Сборник практик' },
  { href: '/projects/', label: 'Проекты' },
  { href: '/apply/', label: 'Подать заявку', includes: ['/application-status/'] },
];

export interface FooterGroup {
  title: string;
  links: ReadonlyArray<{ href: string; label: string }>;
}

/** The footer's extra links, by whom they are for. */
export const footerGroups: readonly FooterGroup[] = [
  {
    title: 'Участникам',
    links: [
      { href: '/selection/#application', label: 'Что входит в заявку' },
      { href: '/selection/#criteria', label: 'Критерии отбора' },
      { href: '/finalists/', label: 'Финалисты отбора' },
      { href: '/practices/', label: 'Все практики сборника' },
    ],
  },
  {
    title: 'Экспертам',
    links: [
      { href: '/expert/', label: 'Вход для экспертов' },
      { href: '/selection/#draw', label: 'Как распределяются проекты' },
    ],
  },
  {
    title: 'Данные и новости',
    links: [
      { href: '/stats/', label: 'Статистика' },
      { href: '/open-data/', label: 'Открытые данные' },
      { href: '/stories/', label: 'Истории успеха' },
      { href: '/selection/rss.xml', label: 'RSS: новости отбора' },
      { href: '/practices/rss.xml', label: 'RSS: новые практики' },
      { href: '/stories/rss.xml', label: 'RSS: истории успеха' },
    ],
  },
];

/**
 * The `aria-current` a menu link gets on `pathname`: `page` on the page itself, `true` on a page
 * inside the section (a topic's page marks «Тематики»), nothing elsewhere.
 */
export function currentState(pathname: string, section: Pick<Section, 'href' | 'includes'>): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === section.href) return 'page';
  if (section.href !== '/' && path.startsWith(section.href)) return 'true';
  if (section.includes?.some((prefix) => path.startsWith(prefix))) return 'true';
  return undefined;
}
