import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::best-practice.best-practice' } };

export default factories.createCoreRouter('api::best-practice.best-practice', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
