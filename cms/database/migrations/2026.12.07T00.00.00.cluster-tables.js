'use strict';

/**
 * Tables the portal owns for running several CMS instances on one database (cms/src/cluster/):
 *  - portal_leases: one row per scheduled job or exclusive task; an instance claims a row with a
 *    conditional UPDATE (the slot it runs for and how long it holds it), so a job runs once per slot
 *    across instances and never twice at the same time;
 *  - portal_stamps: version counters an instance raises when it changes something other instances
 *    cache (projects, voters, API tokens); every instance reads them every second;
 *  - portal_build_changes: live-content changes waiting for the site's build hook, written by
 *    whichever instance saw them and sent in one POST by whichever instance sends first.
 * Strapi runs this file once per database (strapi_migrations) before it syncs its own schema; it
 * never drops tables it does not know. Plain knex schema calls: the same on SQLite and PostgreSQL.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('portal_leases'))) {
      await knex.schema.createTable('portal_leases', (t) => {
        t.string('name', 100).primary();
        t.bigInteger('slot').notNullable().defaultTo(-1);
        t.bigInteger('lease_until').notNullable().defaultTo(0);
        t.string('holder', 200);
        t.bigInteger('runs').notNullable().defaultTo(0);
      });
    }
    if (!(await knex.schema.hasTable('portal_stamps'))) {
      await knex.schema.createTable('portal_stamps', (t) => {
        t.string('name', 100).primary();
        t.bigInteger('version').notNullable().defaultTo(0);
      });
    }
    if (!(await knex.schema.hasTable('portal_build_changes'))) {
      await knex.schema.createTable('portal_build_changes', (t) => {
        t.increments('id');
        t.string('event', 50).notNullable();
        t.string('uid', 200).notNullable();
        t.string('document_id', 100);
        t.bigInteger('at').notNullable();
      });
    }
  },
};
