import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
const populate = { name: 'global::public-populate', config: { uid: 'api::topic.topic' } };

export default factories.createCoreRouter('api::topic.topic', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
