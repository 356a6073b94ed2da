import { populatedRouter } from '../../../populated-router';

// Reads only, always populated the same way (src/public-types.ts). Residents write through the
// functions; moderators and editors in the admin panel.
export default populatedRouter('api::idea.idea', { readsOnly: true });
