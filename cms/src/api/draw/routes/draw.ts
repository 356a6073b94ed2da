import { populatedRouter } from '../../../populated-router';

// Reads only; editors create draws in the admin panel (src/selection/draw.ts does the rest).
export default populatedRouter('api::draw.draw', { readsOnly: true });
