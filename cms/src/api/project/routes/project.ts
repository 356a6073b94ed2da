import { populatedRouter } from '../../../populated-router';

// Read answers always come fully populated (src/public-types.ts: publicPopulate). Projects are
// written only by the CMS itself, from moderated applications (src/applications/moderation.ts).
export default populatedRouter('api::project.project');
