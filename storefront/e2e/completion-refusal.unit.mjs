// Unit tests of the wording of orders refused at completion (src/lib/util/completion-refusal.ts):
//   node --test storefront/e2e/completion-refusal.unit.mjs
import assert from "node:assert/strict"
import { test } from "node:test"
import { loadTs } from "./lib/load-ts.mjs"

const { completionRefusal } = await loadTs("lib/util/completion-refusal.ts")
const { fr } = await loadTs("lib/i18n/fr.ts")
const { en } = await loadTs("lib/i18n/en.ts")

test("the backend's deal refusals read in the shopper's language", () => {
  const ended = 'The offer "Spa & hammam" has ended: remove it from the cart to order the rest'
  assert.equal(completionRefusal(ended, fr.checkoutErrors), "L'offre « Spa & hammam » est terminée : retirez-la du panier pour commander le reste.")
  assert.match(completionRefusal(ended, en.checkoutErrors), /^The offer “Spa & hammam” has ended/)
  assert.equal(
    completionRefusal('"Brunch" is limited to 2 per order (the cart would hold 3)', fr.checkoutErrors),
    "« Brunch » est limité à 2 par commande : réduisez la quantité."
  )
  assert.match(completionRefusal('"Riad" must be bought by 2 at least (the cart would hold 1)', fr.checkoutErrors), /par 2 au moins/)
  assert.match(completionRefusal('The offer "Riad" has not started yet', fr.checkoutErrors), /pas encore commencé/)
})

test("any other refusal is shown as the backend gave it", () => {
  assert.equal(completionRefusal("Payment was declined", fr.checkoutErrors), "Payment was declined")
})
