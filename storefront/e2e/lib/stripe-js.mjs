// Stripe.js for the end-to-end tests: the browser cannot reach js.stripe.com here, so the page
// gets a script with the same API surface the storefront uses (Stripe(key) → elements →
// create("payment").mount → confirmPayment), whose confirmation calls the local server that
// speaks Stripe's REST API (integration-tests/helpers/stripe-api.js), as Stripe.js calls Stripe.
export const STRIPE_API_URL = process.env.STRIPE_API_URL || "http://127.0.0.1:12111"

const script = (apiUrl) => `
window.Stripe = function (key) {
  let clientSecret = null
  return {
    _registerWrapper() {},
    elements(options) {
      clientSecret = options.clientSecret
      return {
        create() {
          return {
            mount(target) {
              const node = typeof target === "string" ? document.querySelector(target) : target
              node.innerHTML = '<label>Numéro de carte <input data-testid="stripe-card-number" autocomplete="cc-number"></label>'
            },
            on() {},
            destroy() {},
          }
        },
      }
    },
    async confirmPayment() {
      const id = clientSecret.split("_secret_")[0]
      const number = document.querySelector('[data-testid="stripe-card-number"]').value.replace(/\\s/g, "")
      const response = await fetch(${JSON.stringify(apiUrl)} + "/v1/payment_intents/" + id + "/confirm", {
        method: "POST",
        headers: { authorization: "Bearer " + key },
        body: new URLSearchParams({ client_secret: clientSecret, "payment_method_data[card][number]": number }),
      })
      const body = await response.json()
      return response.ok ? { paymentIntent: body } : { error: { type: "card_error", message: body.error.message } }
    },
  }
}`

/** Serves that script to `page` wherever the storefront loads Stripe.js from. */
export const serveStripeJs = (page) =>
  page.route(/^https:\/\/js\.stripe\.com\//, (route) => route.fulfill({ contentType: "application/javascript", body: script(STRIPE_API_URL) }))
