import { factories } from '@strapi/strapi';

// Applications are private: the public role has no permission on them (src/bootstrap/permissions.ts
// grants only the public types), so every route here answers 403 without an API token. With a
// token, find/findOne never serialise the private fields (contacts, CV, the whole `data`).
export default factories.createCoreRouter('api::application.application', {
  only: ['find', 'findOne'],
});
