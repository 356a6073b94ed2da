// One Netlify Function (v2: `export default (req: Request, context) => Response`) served over
// node:http the way a function instance runs it: the bundled module is loaded once, its module
// state (the per-IP limiter, the CMS connection pool of fetch) lives as long as the process, and
// every request becomes a WHATWG Request and the Response goes back to the socket.
//
//   node bench/lib/function-server.ts <bundle.mjs> <port>
//
// Unlike a Lambda instance, which handles one request at a time, this process handles requests
// concurrently: it stands for a warm fleet of instances, without their cold starts. Not measured
// here: `netlify dev`'s local Lambda emulation, which is not what production runs.
// GET /__ready answers 204 once the module is loaded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

type Handler = (req: Request, context: Record<string, unknown>) => Promise<Response>;

const [bundle, portArg] = process.argv.slice(2);
if (!bundle || !portArg) {
  process.stderr.write('usage: node bench/lib/function-server.ts <bundle.mjs> <port>\n');
  process.exit(2);
}
const handler = ((await import(pathToFileURL(bundle).href)) as { default: Handler }).default;

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method: req.method, headers, body: body && new Uint8Array(body) });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

const server = createServer(async (req, res) => {
  if (req.url === '/__ready') {
    res.writeHead(204).end();
    return;
  }
  try {
    const request = toRequest(req, await readBody(req));
    const ip = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? 'unknown';
    const context = { ip, requestId: randomUUID(), params: {}, geo: {}, url: new URL(request.url), waitUntil: () => {} };
    await send(res, await handler(request, context));
  } catch (error) {
    // The platform's answer to a function that throws; the vote function never should.
    process.stderr.write(`function threw: ${(error as Error).stack ?? error}\n`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('function error');
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(portArg), '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
