import { factories } from '@strapi/strapi';

// Reads only, always populated the same way (src/public-types.ts). Residents write through the
// functions; moderators and editors in the admin panel.
const populate = { name: 'global::public-populate', config: { uid: 'api::idea.idea' } };

export default factories.createCoreRouter('api::idea.idea', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
