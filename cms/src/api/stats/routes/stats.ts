// Public: counts per round and day (applications, voters, votes, refinements, reviews). Nothing personal.
import { customRoute } from '../../../custom-route';

export default {
  routes: [customRoute('stats', 'GET', '/stats', 'show')],
};
