export default {
  routes: [
    { method: 'POST', path: '/refinements/submit', handler: 'api::refinement.refinement.submit', config: { policies: [] } },
    { method: 'POST', path: '/refinements/answer', handler: 'api::refinement.refinement.answer', config: { policies: [] } },
  ],
};
