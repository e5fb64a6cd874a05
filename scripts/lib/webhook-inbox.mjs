// The local webhook receiver of `npm start`, for the demo endpoint the seed registers: keeps the
// last 100 deliveries in memory, checks each signature with the official `standardwebhooks`
// library (secret read from the file the seed writes) and lists them at its address.
import fs from "node:fs"
import http from "node:http"
import { Webhook } from "standardwebhooks"
import { assertPortFree } from "./processes.mjs"

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c])

/** Starts the inbox on loopback; resolves with its URL and the endpoint URL to register. */
export async function startWebhookInbox({ port, secretFile }) {
  await assertPortFree(port)
  const received = []
  const verdict = (body, headers) => {
    try {
      new Webhook(fs.readFileSync(secretFile, "utf8").trim()).verify(body, headers)
      return "signature OK"
    } catch (error) {
      return `refused: ${error.message}`
    }
  }
  const page = () => `<!doctype html><meta charset="utf-8"><title>Webhooks reçus</title>
<style>body{font:14px system-ui;margin:2rem}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}pre{margin:0;white-space:pre-wrap;max-width:60rem}</style>
<h1>Webhooks reçus (${received.length})</h1><p>Demo endpoint of Medusa Admin → Settings → Webhooks. Newest first.</p>
<table><tr><th>reçu</th><th>type</th><th>webhook-id</th><th>signature</th><th>corps</th></tr>
${received.map((r) => `<tr><td>${escape(r.at)}</td><td>${escape(r.type)}</td><td>${escape(r.id)}</td><td>${escape(r.verdict)}</td><td><pre>${escape(r.body.slice(0, 2000))}</pre></td></tr>`).join("")}</table>`
  const server = http.createServer((req, res) => {
    if (req.method !== "POST") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page())
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8")
      let type = "?"
      try {
        type = JSON.parse(body).type
      } catch {}
      received.unshift({ at: new Date().toISOString(), id: req.headers["webhook-id"], type, verdict: verdict(body, req.headers), body })
      received.length = Math.min(received.length, 100)
      res.writeHead(204).end()
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return { url: `http://localhost:${port}`, endpointUrl: `http://127.0.0.1:${port}/hooks`, close: () => server.close() }
}
