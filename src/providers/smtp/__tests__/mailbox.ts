import type { AddressInfo } from "node:net"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"

export type ReceivedMail = { mail: ParsedMail; envelope: { from: string; to: string[] } }

export const MAILBOX_USER = "boutique"
export const MAILBOX_PASS = "s3cret"

/**
 * A real SMTP server on a loopback port (free, or the one given) that requires MAILBOX_USER/MAILBOX_PASS and
 * keeps every message it receives, parsed with mailparser.
 */
export async function startMailbox({ port: wantedPort = 0 }: { port?: number } = {}) {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    // Plain SMTP, as MailDev speaks it: nodemailer would otherwise upgrade to TLS against a self-signed certificate.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    closeTimeout: 100,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === MAILBOX_USER && auth.password === MAILBOX_PASS) {
        callback(null, { user: auth.username })
      } else {
        callback(new Error("Invalid username or password"))
      }
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            mail,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
          })
          callback()
        },
        (error: Error) => callback(error)
      )
    },
  })
  // A given port lets a test stop the server and bring it back where the backend expects it.
  await new Promise<void>((resolve) => server.listen(wantedPort, "127.0.0.1", resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    received,
    /** The only message received since the last call, failing if there is not exactly one. */
    takeOne(): ReceivedMail {
      const messages = received.splice(0)
      if (messages.length !== 1) {
        throw new Error(`expected one message, the mailbox has ${messages.length}`)
      }
      return messages[0]
    },
    /** The one message received whose subject matches, removed from the mailbox; fails unless exactly one matches. */
    takeBySubject(pattern: RegExp): ReceivedMail {
      const matching = received.filter(({ mail }) => pattern.test(mail.subject ?? ""))
      if (matching.length !== 1) {
        throw new Error(`expected one message with a subject matching ${pattern}, the mailbox has ${matching.length}`)
      }
      received.splice(received.indexOf(matching[0]), 1)
      return matching[0]
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
