import { populatedRouter } from '../../../populated-router';

// Read answers always come fully populated (src/public-types.ts: publicPopulate).
export default populatedRouter('api::platform.platform', { reads: ['find'] });
