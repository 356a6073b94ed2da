import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::selection-round.selection-round');
