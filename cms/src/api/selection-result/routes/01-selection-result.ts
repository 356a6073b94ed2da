export default {
  routes: [{ method: 'GET', path: '/selection-results/:year/ranking.csv', handler: 'api::selection-result.selection-result.csv', config: { policies: [] } }],
};
