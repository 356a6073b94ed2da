import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::best-practice.best-practice');
