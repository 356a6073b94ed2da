'use strict';

/**
 * The portal's own table of vote attempts per resident and minute (cms/src/voting/vote-writer.ts):
 * the limit VOTES_PER_VOTER_PER_MINUTE is counted here, in the database, so it holds across every
 * CMS process sharing it and across restarts. Strapi leaves tables it did not create alone; it runs
 * this file once per database at start (its `strapi_migrations` table remembers it).
 */
const TABLE = 'portal_vote_attempts';

module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable(TABLE)) return;
    await knex.schema.createTable(TABLE, (table) => {
      table.string('voter', 64).notNullable();
      // Minutes since 1970-01-01 UTC: the window the attempts are counted in.
      table.bigInteger('minute').notNullable();
      table.integer('n').notNullable();
      table.primary(['voter', 'minute']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists(TABLE);
  },
};
