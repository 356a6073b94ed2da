import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::selection-round.selection-round');
