import { factories } from '@strapi/strapi';

// Read answers always come fully populated (src/public-types.ts: publicPopulate). Projects are
// written only by the CMS itself, from moderated applications (src/applications/moderation.ts).
const populate = { name: 'global::public-populate', config: { uid: 'api::project.project' } };

export default factories.createCoreRouter('api::project.project', {
  config: {
    find: { middlewares: [populate] },
    findOne: { middlewares: [populate] },
  },
});
