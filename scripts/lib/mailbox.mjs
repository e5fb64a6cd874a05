// The local mailbox of `npm start`: MailDev catches every e-mail the store sends (nothing
// leaves the machine) and shows them in its web UI.
import path from "node:path"
import { bin, dataDir } from "./paths.mjs"
import { assertPortFree, startService, waitForHttp } from "./processes.mjs"

/** Starts MailDev on loopback; resolves with its web URL and the SMTP settings for the backend. */
export async function startMailbox({ smtpPort, webPort, mailDirectory = path.join(dataDir, "mailbox") }) {
  await assertPortFree(smtpPort)
  await assertPortFree(webPort)
  const url = `http://localhost:${webPort}`
  startService("mailbox", bin("maildev"), [
    "--smtp", String(smtpPort),
    "--web", String(webPort),
    "--ip", "127.0.0.1",
    "--web-ip", "127.0.0.1",
    // Kept between starts, like the database (the end-to-end tests pass a fresh one).
    "--mail-directory", mailDirectory,
  ])
  await waitForHttp(`${url}/api/healthz`)
  return { url, smtpEnv: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtpPort), SMTP_SECURE: "false" } }
}
