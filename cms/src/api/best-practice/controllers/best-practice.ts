import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::best-practice.best-practice');
