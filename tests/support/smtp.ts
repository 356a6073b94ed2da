import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { decodedBody } from './outbox.ts';

export interface ReceivedMail {
  to: string[];
  /** The text part, decoded. */
  text: string;
}

export interface SmtpReceiver {
  host: string;
  port: number;
  /** Messages accepted so far, in order. */
  received: ReceivedMail[];
  /** How long the server takes to accept a message (a slow mail server); 0 by default. */
  delayMs: number;
  /** The next this many messages are refused with a temporary error (451). */
  refuseNext: number;
  close(): Promise<void>;
}

/**
 * A small SMTP server standing in for the mail provider: plain SMTP without TLS or auth, the
 * commands nodemailer sends, and two faults a real server has — slowness and temporary refusals.
 */
export async function startSmtp(): Promise<SmtpReceiver> {
  const sockets = new Set<Socket>();
  const receiver: SmtpReceiver = { host: '127.0.0.1', port: 0, received: [], delayMs: 0, refuseNext: 0, close: async () => {} };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const reply = (line: string) => socket.writable && socket.write(`${line}\r\n`);
    let buffer = '';
    let data: string | null = null;
    let to: string[] = [];
    reply('220 test-smtp ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const message = (data + buffer.slice(0, end)).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          data = null;
          const recipients = to;
          setTimeout(() => {
            if (receiver.refuseNext > 0) {
              receiver.refuseNext -= 1;
              reply('451 4.3.0 Temporary failure, try again later');
              return;
            }
            receiver.received.push({ to: recipients, text: decodedBody(message.replace(/\r\n/g, '\n')) });
            reply('250 2.0.0 Queued');
          }, receiver.delayMs);
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-test-smtp\r\n250 8BITMIME');
        else if (verb === 'HELO' || verb === 'NOOP') reply('250 OK');
        else if (verb === 'MAIL' || verb === 'RSET') {
          to = [];
          reply('250 OK');
        } else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 OK');
        } else if (verb === 'DATA') {
          data = '';
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.close = () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return receiver;
}
