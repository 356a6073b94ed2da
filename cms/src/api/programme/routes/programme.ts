import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::programme.programme' } };

export default factories.createCoreRouter('api::programme.programme', {
  config: {
    find: { middlewares: [populate] },
  },
});
