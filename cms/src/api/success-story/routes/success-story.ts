import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::success-story.success-story' } };

export default factories.createCoreRouter('api::success-story.success-story', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
