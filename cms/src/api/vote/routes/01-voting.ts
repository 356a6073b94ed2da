// Custom routes only: votes, voters and codes have no generic REST routes at all, so no token
// (not even a full-access one) can list who voted. The functions call these with their API token.
// `counts` is the one public action (src/public-types.ts: publicPermissionActions).
import { customRoute, hotRoute } from '../../../custom-route';

const route = (method: string, path: string, action: string) => customRoute('vote', method, path, action);

export default {
  routes: [
    route('POST', '/residents/challenge', 'challenge'),
    route('POST', '/residents/verify', 'verify'),
    route('GET', '/residents/:voter/votes', 'mine'),
    route('POST', '/residents/:voter/sessions/end', 'endSessions'),
    hotRoute('vote', 'POST', '/votes/cast', 'cast'),
    hotRoute('vote', 'POST', '/votes/withdraw', 'withdraw'),
    route('GET', '/votes/counts', 'counts'),
    route('POST', '/votes/anomalies/scan', 'scan'),
  ],
};
