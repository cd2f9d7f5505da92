// Test support (not shipped): an SMTP server in the test process (smtp-server)
// that keeps every message it accepts, parsed (mailparser).
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A captured message: the parsed mail and the envelope recipients. */
export interface CapturedMail {
  mail: ParsedMail;
  to: string[];
}

/** A running capture server. */
export interface SmtpCapture {
  url: string;
  port: number;
  mails: CapturedMail[];
  close(): Promise<void>;
}

/**
 * Starts an SMTP server on a free loopback port, no TLS, no login.
 * @param options - `reject(n)`: refuse the n-th message (1-based) with a temporary error (451)
 */
export async function startSmtpCapture(options: { reject?: (n: number) => boolean } = {}): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const k = ++n;
      simpleParser(stream)
        .then((mail) => {
          if (options.reject?.(k)) {
            const e = new Error('Hệ thống thư tạm bận / mailbox busy, try later') as Error & { responseCode: number };
            e.responseCode = 451;
            callback(e);
            return;
          }
          mails.push({ mail, to: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
