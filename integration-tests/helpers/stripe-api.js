// Plain CommonJS: the HTTP tests (jest) and the storefront's end-to-end run (scripts/e2e.mjs) both start it.
const crypto = require("node:crypto")
const http = require("node:http")

/**
 * A local server speaking the part of Stripe's REST API (v1, form-encoded requests, JSON
 * answers, Stripe's error shape) that Medusa's Stripe provider calls for a card payment:
 * payment intents (create, retrieve, update, capture, cancel) and refunds, with the secret
 * key; and the confirmation Stripe.js sends from the browser with the publishable key and the
 * intent's client secret. `confirm` plays that confirmation from a test. Requests are recorded.
 */
async function startStripeApi({ port = 0 } = {}) {
  const intents = new Map()
  const requests = []
  const refunds = []
  // Stripe.js calls from the storefront's pages: another origin.
  const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "authorization, content-type" }

  const fail = (res, status, message) =>
    res.writeHead(status, { "content-type": "application/json", ...cors }).end(JSON.stringify({ error: { type: "invalid_request_error", message } }))
  const send = (res, body) => res.writeHead(200, { "content-type": "application/json", ...cors }).end(JSON.stringify(body))
  const authorise = (intent) => {
    intent.status = intent.capture_method === "manual" ? "requires_capture" : "succeeded"
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0]
      const body = new URLSearchParams(raw)
      requests.push({ method: req.method ?? "", path, body, authorization: req.headers.authorization })
      if (req.method === "OPTIONS") return res.writeHead(204, { ...cors, "access-control-allow-methods": "GET, POST" }).end()
      const [, , resource, id, action] = path.split("/")
      // Stripe.js: the publishable key may confirm an intent whose client secret it holds.
      if (resource === "payment_intents" && action === "confirm" && req.headers.authorization?.startsWith("Bearer pk_test_")) {
        const intent = intents.get(id)
        if (!intent || body.get("client_secret") !== intent.client_secret) return fail(res, 404, `No such payment_intent: '${id}'`)
        if (body.get("payment_method_data[card][number]") === "4000000000000002") return fail(res, 402, "Your card was declined.")
        authorise(intent)
        return send(res, intent)
      }
      if (!req.headers.authorization?.startsWith("Bearer sk_test_")) return fail(res, 401, "Invalid API Key provided")
      if (resource === "payment_intents" && req.method === "POST" && !id) {
        const amount = Number(body.get("amount"))
        if (!Number.isInteger(amount) || amount < 1) return fail(res, 400, "Invalid integer: amount")
        const intentId = `pi_${crypto.randomBytes(8).toString("hex")}`
        const metadata = Object.fromEntries([...body].filter(([key]) => key.startsWith("metadata[")).map(([key, value]) => [key.slice(9, -1), value]))
        const intent = {
          id: intentId,
          object: "payment_intent",
          amount,
          amount_received: 0,
          currency: body.get("currency") ?? "eur",
          capture_method: body.get("capture_method") ?? "automatic",
          status: "requires_payment_method",
          client_secret: `${intentId}_secret_${crypto.randomBytes(6).toString("hex")}`,
          metadata,
          payment_method: null,
          last_payment_error: null,
          latest_charge: null,
        }
        intents.set(intentId, intent)
        return send(res, intent)
      }
      if (resource === "payment_intents" && id) {
        const intent = intents.get(id)
        if (!intent) return fail(res, 404, `No such payment_intent: '${id}'`)
        if (req.method === "GET") return send(res, intent)
        if (!action) {
          if (body.has("amount")) intent.amount = Number(body.get("amount"))
          return send(res, intent)
        }
        if (action === "capture") {
          if (intent.status !== "requires_capture") return fail(res, 400, `This PaymentIntent could not be captured because it has a status of ${intent.status}.`)
          Object.assign(intent, { status: "succeeded", amount_received: Number(body.get("amount_to_capture") ?? intent.amount), latest_charge: `ch_${id.slice(3)}` })
          return send(res, intent)
        }
        if (action === "cancel") {
          intent.status = "canceled"
          return send(res, intent)
        }
      }
      if (resource === "refunds" && req.method === "POST") {
        const intent = intents.get(body.get("payment_intent") ?? "")
        if (!intent || intent.status !== "succeeded") return fail(res, 400, "This PaymentIntent has no successful charge to refund.")
        const refund = { id: `re_${crypto.randomBytes(8).toString("hex")}`, payment_intent: intent.id, amount: Number(body.get("amount") ?? intent.amount) }
        refunds.push(refund)
        return send(res, { ...refund, object: "refund", status: "succeeded", currency: intent.currency })
      }
      fail(res, 404, `Unrecognized request URL (${req.method}: ${path})`)
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    intents,
    requests,
    refunds,
    /** The shopper confirms the Payment Element: card authorised (or charged at once with automatic capture). */
    confirm(id) {
      const intent = intents.get(id)
      if (!intent) throw new Error(`no intent ${id}`)
      authorise(intent)
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

module.exports = { startStripeApi }
