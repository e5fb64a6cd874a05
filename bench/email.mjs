// `npm run bench:email`: the e-mail path on this machine — rendering the order confirmation
// (React Email → HTML + text) and sending it through the `smtp` provider to a local SMTP
// server, against a bare nodemailer send of the same, already rendered message (the baseline).
import { createRequire } from "node:module"
import path from "node:path"
import nodemailer from "nodemailer"
import { SMTPServer } from "smtp-server"
import { root } from "../scripts/lib/paths.mjs"
import { buildAll } from "../scripts/lib/stack.mjs"
import { printTable } from "./lib/load.mjs"
import { machineContext } from "./lib/store.mjs"

const COUNT = Number(process.env.BENCH_EMAILS || 300)
const PARALLEL = 5

await buildAll({ storefront: false })
const require = createRequire(import.meta.url)
const built = (file) => require(path.join(root, ".medusa/server/src/providers/smtp", file))
const { SmtpNotificationService } = built("service.js")
const { renderEmail } = built("render.js")

// The local server: accepts and discards, as MailDev would store.
const server = new SMTPServer({ disabledCommands: ["STARTTLS", "AUTH"], logger: false, onData: (stream, _s, done) => stream.on("end", done).resume() })
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
const port = server.server.address().port

const shop = { shopName: "Comptoir", shopAddress: "12 rue des Halles, 75001 Paris", shopUrl: "http://localhost:8000", timeZone: "Europe/Paris" }
const data = {
  locale: "fr",
  first_name: "Camille",
  order: {
    display_id: 1042,
    created_at: new Date().toISOString(),
    currency_code: "eur",
    items: [
      { title: "Hammam & massage oriental", variant_title: "Duo", quantity: 2, unit_price: 35, total: 70 },
      { title: "Coffret thé à la menthe", variant_title: null, quantity: 1, unit_price: 24.9, total: 24.9 },
    ],
    item_subtotal: 79.08,
    prices_include_tax: true,
    discount_total: 0,
    shipping_total: 4.9,
    tax_total: 16.63,
    total: 99.8,
  },
}
const notification = { to: "client@comptoir.local", channel: "email", template: "order-placed", data }

async function timed(label, count, parallel, sendOne) {
  const started = process.hrtime.bigint()
  let next = 0
  await Promise.all(Array.from({ length: parallel }, async () => { while (next++ < count) await sendOne() }))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return [label, String(parallel), (count / seconds).toFixed(1), ((seconds * 1000) / count).toFixed(2)]
}

try {
  const context = machineContext()
  let started = process.hrtime.bigint()
  const rendered = await renderEmail("order-placed", data, shop)
  const firstRenderMs = Number(process.hrtime.bigint() - started) / 1e6
  started = process.hrtime.bigint()
  for (let i = 0; i < 50; i++) await renderEmail("order-placed", data, shop)
  const warmRenderMs = Number(process.hrtime.bigint() - started) / 1e6 / 50

  const provider = new SmtpNotificationService({}, { host: "127.0.0.1", port, secure: false, from: "Comptoir <boutique@comptoir.local>", ...shop })
  const bare = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, pool: true })
  const message = { from: "Comptoir <boutique@comptoir.local>", to: "client@comptoir.local", subject: rendered.subject, html: rendered.html, text: rendered.text }
  await provider.send(notification) // warm-up: connections open, modules loaded
  await bare.sendMail(message)

  const rows = []
  for (const parallel of [1, PARALLEL]) {
    rows.push(await timed("bare nodemailer (baseline, pre-rendered)", COUNT, parallel, () => bare.sendMail(message)))
    rows.push(await timed("smtp provider (render + send)", COUNT, parallel, () => provider.send(notification)))
  }
  console.log(`\n${context.cpus}, Node ${context.node}, load ${context.loadAverageAtStart}; ${COUNT} e-mails per row to an in-process SMTP server`)
  console.log(`order confirmation render: first ${firstRenderMs.toFixed(0)} ms, then ${warmRenderMs.toFixed(1)} ms each (HTML ${rendered.html.length} B, text ${rendered.text.length} B)`)
  printTable(["sender", "parallel", "e-mails/s", "ms each"], rows)
  provider.close()
  bare.close()
} finally {
  server.close()
}
