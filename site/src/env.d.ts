declare namespace App {
  interface Locals {
    /**
     * Set by the preview page (src/pages/preview/) only: the layout shows the «Черновик — предпросмотр»
     * bar and keeps the page out of search engines; `programme` is a draft programme to show in the
     * header and footer. Static pages never have it.
     */
    preview?: {
      status: import('@portal/schema').PreviewStatus;
      programme?: import('./loaders/strapi-client.ts').StrapiEntry<'programme'>;
    };
  }
}
