import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::success-story.success-story');
