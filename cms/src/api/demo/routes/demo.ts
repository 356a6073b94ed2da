// Public: whether this CMS holds the generated demo (src/demo). Nothing personal, nothing secret.
import { customRoute } from '../../../custom-route';

export default {
  routes: [customRoute('demo', 'GET', '/demo', 'status')],
};
