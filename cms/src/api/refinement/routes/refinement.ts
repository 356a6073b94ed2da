import { factories } from '@strapi/strapi';

// Reads only, always populated the same way (src/public-types.ts). Residents write through the
// functions; moderators and editors in the admin panel.
const populate = { name: 'global::public-populate', config: { uid: 'api::refinement.refinement' } };

export default factories.createCoreRouter('api::refinement.refinement', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
