export default {
  routes: [{ method: 'POST', path: '/ideas/propose', handler: 'api::idea.idea.propose', config: { policies: [] } }],
};
