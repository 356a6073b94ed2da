import { factories } from '@strapi/strapi';

// Public reads: the seed's hash from the start; the seed and the data to recompute the draw once it is made.
export default factories.createCoreController('api::draw.draw');
