import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * The admin panel. Editors of the portal work in Russian: Russian is offered next to English
 * (which Strapi always keeps) and each editor picks it once in «Profile → Interface language».
 */
export default {
  config: {
    locales: ['ru'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
