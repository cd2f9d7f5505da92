// Sending e-mail. The reminders need one method; `createSmtpMailer` gives it over
// SMTP with nodemailer (an optional peer dependency, loaded on demand).
import type { Lang, Result } from '@dvcq/core';

/** Thư đi — one e-mail to send. */
export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Stable Message-ID (`<…@…>`): a resend after a crash carries the same id, so mail clients can fold duplicates. */
  messageId?: string;
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/** Kết quả gửi — what the mail server accepted. */
export interface SendResult {
  messageId?: string;
  accepted: string[];
  rejected: string[];
}

/** Bộ gửi thư — sends one e-mail; rejects when nothing was accepted. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<SendResult>;
  /** Closes connections (pooled transports). */
  close?(): Promise<void> | void;
}

interface _NodemailerLike {
  createTransport(url: string): {
    sendMail(mail: Record<string, unknown>): Promise<{ messageId?: string; accepted?: unknown[]; rejected?: unknown[] }>;
    close?(): void;
  };
}

/**
 * Gửi thư qua SMTP — a {@link Mailer} on nodemailer with an SMTP address such as
 * `smtp://user:pass@mail.example.gov.vn:587` (STARTTLS when offered) or
 * `smtps://…:465`; nodemailer's URL options (`?pool=true`, `?tls.rejectUnauthorized=false`
 * for a test server) apply.
 * @param url - the SMTP address (`DVCQ_SMTP_URL`)
 * @param options - language of the issue
 * @returns the mailer, or `mail.driver-missing` when nodemailer is not installed, `mail.bad-url`
 */
export async function createSmtpMailer(url: string, options: { lang?: Lang } = {}): Promise<Result<Mailer>> {
  const en = options.lang === 'en';
  if (!/^smtps?:\/\/[^/]/i.test(url)) {
    return {
      ok: false,
      issues: [{ code: 'mail.bad-url', severity: 'error', path: '', message: en ? 'Invalid SMTP address: use smtp://user:password@host:587 or smtps://…:465.' : 'Địa chỉ SMTP không hợp lệ: dùng smtp://người-dùng:mật-khẩu@máy:587 hoặc smtps://…:465.' }],
    };
  }
  let nodemailer: _NodemailerLike;
  try {
    const mod = (await import('nodemailer')) as unknown as { default?: _NodemailerLike } & _NodemailerLike;
    nodemailer = mod.default ?? mod;
  } catch {
    return {
      ok: false,
      issues: [{ code: 'mail.driver-missing', severity: 'error', path: '', message: en ? 'The "nodemailer" package is needed to send e-mail: npm install nodemailer.' : 'Thiếu gói "nodemailer" để gửi thư: npm install nodemailer.' }],
    };
  }
  const transport = nodemailer.createTransport(url);
  return {
    ok: true,
    issues: [],
    value: {
      async send(email) {
        const info = await transport.sendMail({
          from: email.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          ...(email.html ? { html: email.html } : {}),
          ...(email.messageId ? { messageId: email.messageId } : {}),
          ...(email.headers ? { headers: email.headers } : {}),
          ...(email.attachments ? { attachments: email.attachments } : {}),
        });
        const accepted = (info.accepted ?? []).map(String);
        const rejected = (info.rejected ?? []).map(String);
        if (accepted.length === 0) throw new Error(`SMTP: no recipient accepted (${rejected.join(', ')})`);
        return { ...(info.messageId ? { messageId: info.messageId } : {}), accepted, rejected };
      },
      close() {
        transport.close?.();
      },
    },
  };
}
