import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::selection-round.selection-round' } };

export default factories.createCoreRouter('api::selection-round.selection-round', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
