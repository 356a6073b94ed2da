// Custom routes only: the roster has no generic REST routes, so no token can list experts' emails.
import { customRoute } from '../../../custom-route';

const route = (method: string, path: string, action: string) => customRoute('expert', method, path, action);

export default {
  routes: [
    route('GET', '/experts/council', 'council'),
    route('POST', '/experts/link', 'link'),
    route('POST', '/experts/session', 'session'),
    route('GET', '/experts/:expert/desk', 'desk'),
    route('PUT', '/experts/:expert/reviews/:reference', 'review'),
    route('POST', '/experts/:expert/conflicts/:reference', 'conflict'),
  ],
};
