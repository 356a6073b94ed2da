import { factories } from '@strapi/strapi';

const populate = { name: 'global::public-populate', config: { uid: 'api::draw.draw' } };

// Reads only; editors create draws in the admin panel (src/selection/draw.ts does the rest).
export default factories.createCoreRouter('api::draw.draw', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
