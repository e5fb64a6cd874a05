import { MAILBOX_PASS, MAILBOX_USER, startMailbox } from "../../src/providers/smtp/__tests__/mailbox"

export type TestMailbox = Awaited<ReturnType<typeof startMailbox>>

const SMTP_VARIABLES = ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "SMTP_USER", "SMTP_PASS", "SMTP_FROM"]

/**
 * A real SMTP server for the test file, and SMTP_* pointing the backend at it. Call it at the
 * file's top level, before `medusaIntegrationTestRunner`: a file-level hook runs before the
 * runner's own, so the backend boots with this server. `current()` is the running mailbox
 * (a test may stop it and start another on the same port).
 */
export function useTestMailbox() {
  const state: { mailbox?: TestMailbox } = {}
  beforeAll(async () => {
    state.mailbox = await startMailbox()
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(state.mailbox.port),
      SMTP_SECURE: "false",
      SMTP_USER: MAILBOX_USER,
      SMTP_PASS: MAILBOX_PASS,
      SMTP_FROM: "Comptoir <boutique@comptoir.test>",
    })
  })
  afterAll(async () => {
    await state.mailbox?.stop()
    for (const name of SMTP_VARIABLES) delete process.env[name]
  })
  return {
    current: () => state.mailbox!,
    /** Restarts the SMTP server on the same port, after a test stopped it. */
    restart: async () => (state.mailbox = await startMailbox({ port: state.mailbox!.port })),
  }
}
