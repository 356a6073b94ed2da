import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::accelerator-module.accelerator-module');
