// The portal's function (functions/) holds an API token and calls these; the public role has no
// permission on them and gets 403. Loaded before the core router (file name order) so that
// `/applications/status/:reference` is not taken for `/applications/:id`.
export default {
  routes: [
    {
      method: 'POST',
      path: '/applications/submit',
      handler: 'api::application.application.submit',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/applications/status/:reference',
      handler: 'api::application.application.status',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/applications/status-link/:reference/:version',
      handler: 'api::application.application.statusLink',
      config: { policies: [] },
    },
  ],
};
