import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::accelerator-module.accelerator-module');
