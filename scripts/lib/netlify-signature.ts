// Signs a deploy notification as Netlify does for an outgoing webhook with a «JWS secret token»:
// a JWT (HS256) in `X-Webhook-Signature` whose claims are `{ iss: 'netlify', sha256: <hex SHA-256
// of the body> }`. npm start's local builder reports its builds to the CMS this way, and the tests
// play Netlify with it; the CMS checks it in cms/src/build-hook/status.ts.
import { createHash, createHmac } from 'node:crypto';

export function signDeployNotification(body: string, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iss: 'netlify', sha256: createHash('sha256').update(body).digest('hex') })}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}
