import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::success-story.success-story');
