import { voting } from '../../../voting';
import { answer } from '../../../core/errors';
import { requestAnomalyScan } from '../../../voting/anomalies';
import { parseSession } from '../../../voting/refusal';
import { parseTarget, parseVoter } from '../../../voting/votes';

/**
 * Residents' verification and votes. Token-only (the public role has none of these actions) except
 * `counts`, which is public: aggregated numbers, nothing about who voted.
 */
export default ({ strapi }: { strapi: any }) => ({
  /** POST /api/residents/challenge — { provider, identifier }: sends a one-time code. */
  async challenge(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => ({ status: 202, body: await voting(strapi).identity.challenge(body) }));
  },

  /** POST /api/residents/verify — { provider, identifier, code }: the voter's id, session version and votes. */
  async verify(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => {
      const { voter, voided, sessionVersion } = await voting(strapi).identity.verify(body);
      return { body: { voter, voided, sessionVersion, votes: await voting(strapi).votes.mine(voter) } };
    });
  },

  /** GET /api/residents/:voter/votes?session=N — refused once the session was ended. */
  async mine(ctx: any) {
    await answer(ctx, async () => {
      const voter = parseVoter({ voter: ctx.params.voter });
      if (ctx.query?.session !== undefined) await voting(strapi).identity.requireVoter(voter, parseSession({ session: Number(ctx.query.session) }));
      return { body: await voting(strapi).votes.mine(voter) };
    });
  },

  /** POST /api/residents/:voter/sessions/end — { session }: «Выйти на всех устройствах». */
  async endSessions(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => {
      const result = await voting(strapi).identity.endSessions(parseVoter({ voter: ctx.params.voter }), parseSession(body));
      voting(strapi).votes.forgetVoters();
      return { body: result };
    });
  },

  /** POST /api/votes/cast — { voter, session, target: { kind, id } } */
  async cast(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => {
      const result = await voting(strapi).votes.cast(parseVoter(body), parseTarget(body), new Date(), parseSession(body));
      return { status: result.status === 'counted' ? 201 : 200, body: result };
    });
  },

  /** POST /api/votes/withdraw — { voter, session, target } */
  async withdraw(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => ({ body: await voting(strapi).votes.withdraw(parseVoter(body), parseTarget(body), new Date(), parseSession(body)) }));
  },

  /** GET /api/votes/counts — public. */
  async counts(ctx: any) {
    ctx.set('cache-control', 'public, max-age=2');
    ctx.body = await voting(strapi).votes.counts();
  },

  /** POST /api/votes/anomalies/scan — runs the moderators' anomaly scan now: { logged, longestBlockMs }. */
  async scan(ctx: any) {
    ctx.body = await requestAnomalyScan(strapi);
  },
});
