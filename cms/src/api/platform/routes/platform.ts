import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::platform.platform' } };

export default factories.createCoreRouter('api::platform.platform', {
  config: {
    find: { middlewares: [populate] },
  },
});
