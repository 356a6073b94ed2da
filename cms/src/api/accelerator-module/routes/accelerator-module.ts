import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::accelerator-module.accelerator-module' } };

export default factories.createCoreRouter('api::accelerator-module.accelerator-module', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
