import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { CreateOrderLineItemDTO, CreatePriceListWorkflowInputDTO, ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createCustomersWorkflow,
  createOrderWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createDealWorkflow,
  createReviewWorkflow,
  issueOrderInvoiceWorkflow,
  moderateReviewsWorkflow,
  recordDealSalesWorkflow,
  reindexDealListings,
  replyToReviewWorkflow,
} from "@comptoir/medusa-plugin/workflows"
import { markEmailVerified } from "@comptoir/medusa-plugin/lib/auth/mark-email-verified"
import { remindAbandonedCarts } from "@comptoir/medusa-plugin/lib/cart-reminder/remind-abandoned-carts"
import { createWebhookEndpointWorkflow } from "@comptoir/medusa-plugin/workflows/webhook/create-webhook-endpoint"
import { issueOrderLicensesWorkflow } from "@comptoir/medusa-plugin/workflows/digital/issue-order-licenses"
import { createLicensePolicyWorkflow } from "@comptoir/medusa-plugin/workflows/digital/create-license-policy"
import { publishDigitalAssetWorkflow } from "@comptoir/medusa-plugin/workflows/digital/publish-digital-asset"
import { STRIPE_PROVIDER_ID } from "@comptoir/medusa-plugin/lib/payment/payment-config"
import { minimumRules } from "@comptoir/medusa-plugin/lib/promotion/minimums"
import { categories, deals, SeedDeal } from "./seed/catalog"
import { promotions } from "./seed/promotions"
import { reviewers } from "./seed/reviews"

const SALES_CHANNEL = "Comptoir"
/** Where the demo buyers live: an address in France gives their orders French VAT. */
const DEMO_ADDRESS = { address_1: "8 rue de la Paix", postal_code: "75002", city: "Paris" }
const API_KEY_TITLE = "Storefront Comptoir"
// A guest who left a cart: its reminder shows in the admin and in the mailbox of `npm start`.
const DEMO_ABANDONED_CART_EMAIL = "panier@comptoir.local"

/**
 * Demo data for the store. Idempotent: every entity is looked up by its natural key
 * (name, handle, code) and only created when missing, so re-running adds nothing.
 * Always (re)writes the storefront's env file with the publishable key.
 */
export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const find = async (entity: string, filters: Record<string, unknown>, fields = ["id"]) =>
    (await query.graph({ entity, fields, filters })).data

  // Sales channel and publishable key.
  let [salesChannel] = await find("sales_channel", { name: SALES_CHANNEL })
  if (!salesChannel) {
    ;[salesChannel] = (await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "Boutique en ligne Comptoir" }] },
    })).result
  }
  let [apiKey] = await find("api_key", { title: API_KEY_TITLE, type: "publishable" }, ["id", "token"])
  if (!apiKey) {
    ;[apiKey] = (await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })).result
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  const [store] = await find("store", {}, ["id"])
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Comptoir",
        // Prices are entered and shown tax included (TTC), as French and Moroccan shoppers expect.
        supported_currencies: [
          { currency_code: "eur", is_default: true, is_tax_inclusive: true },
          { currency_code: "mad", is_tax_inclusive: true },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  // Regions (tax-inclusive too) and their taxes. Paid on delivery ("paiement à réception"),
  // and by card through Stripe when the backend has STRIPE_API_KEY (added on a later run too).
  const paymentProviders = ["pp_system_default", ...(process.env.STRIPE_API_KEY ? [STRIPE_PROVIDER_ID] : [])]
  for (const region of [
    { name: "France", currency_code: "eur", countries: ["fr"] },
    { name: "Maroc", currency_code: "mad", countries: ["ma"] },
  ]) {
    const [existing] = await find("region", { name: region.name })
    if (!existing) {
      await createRegionsWorkflow(container).run({
        input: {
          regions: [{ ...region, payment_providers: paymentProviders, automatic_taxes: true, is_tax_inclusive: true }],
        },
      })
    } else if (process.env.STRIPE_API_KEY) {
      await updateRegionsWorkflow(container).run({ input: { selector: { id: existing.id }, update: { payment_providers: paymentProviders } } })
    }
  }
  const existingTaxRegions = await find("tax_region", {}, ["country_code"])
  const taxRegions = [
    { country_code: "fr", default_tax_rate: { rate: 20, code: "TVA-FR", name: "TVA 20 %" } },
    { country_code: "ma", default_tax_rate: { rate: 20, code: "TVA-MA", name: "TVA 20 %" } },
  ].filter((tax) => !existingTaxRegions.some((t: { country_code: string }) => t.country_code === tax.country_code))
  if (taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: taxRegions.map((tax) => ({ ...tax, provider_id: "tp_system" })),
    })
  }

  // Stock location, shipping profile, fulfillment set and shipping options.
  let [location] = await find("stock_location", { name: "Entrepôt Comptoir" })
  if (!location) {
    ;[location] = (await createStockLocationsWorkflow(container).run({
      input: {
        locations: [{ name: "Entrepôt Comptoir", address: { address_1: "5 rue du Commerce", city: "Paris", country_code: "fr" } }],
      },
    })).result
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [shippingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    ;[shippingProfile] = (await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Profil par défaut", type: "default" }] },
    })).result
  }
  if (!(await fulfillment.listFulfillmentSets({ name: "Livraison Comptoir" })).length) {
    const fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: "Livraison Comptoir",
      type: "shipping",
      service_zones: [
        { name: "France et Maroc", geo_zones: [{ country_code: "fr", type: "country" }, { country_code: "ma", type: "country" }] },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const options = [
      { name: "Livraison standard (2-4 jours)", label: "Standard", description: "Livraison suivie en 2 à 4 jours ouvrés", code: "standard", eur: 4.9, mad: 50 },
    ]
    await createShippingOptionsWorkflow(container).run({
      input: options.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: option.label, description: option.description, code: option.code },
        prices: [
          { currency_code: "eur", amount: option.eur },
          { currency_code: "mad", amount: option.mad },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  // Categories.
  const categoryIds: Record<string, string> = {}
  for (const category of categories) {
    let [existing] = await find("product_category", { handle: category.handle })
    if (!existing) {
      ;[existing] = (await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ ...category, is_active: true }] },
      })).result
    }
    categoryIds[category.handle] = existing.id
  }

  // Products, sale prices and deal content.
  let created = 0
  for (const seed of deals) {
    if ((await find("product", { handle: seed.handle })).length) {
      continue
    }
    await createDealProduct(seed)
    created++
  }

  // Promo codes.
  for (const promo of promotions) {
    if ((await find("promotion", { code: promo.code })).length) {
      continue
    }
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: promo.code,
            type: "standard",
            status: "active",
            // Amounts are TTC, like the prices: "5 € off" takes 5 € off the price paid.
            is_tax_inclusive: true,
            limit: promo.limit,
            application_method: {
              type: promo.type,
              target_type: "order",
              allocation: "across",
              value: promo.value,
              // A fixed amount is in euros; a percentage applies in any currency.
              ...(promo.type === "fixed" && { currency_code: "eur" }),
            },
            // The minimum basket per currency (Comptoir's rule, see src/lib/promotion/minimums.ts).
            ...minimumRules(promo.code, promo.minimum),
          },
        ],
      },
    })
  }

  await seedLicensePolicies()
  await seedDigitalFiles()
  await seedReviews()
  await seedAbandonedCart()
  await seedWebhookEndpoint()

  writeStorefrontEnv(apiKey.token)
  logger.info(created ? `Seeded ${created} deals.` : "Demo data already present: nothing added.")
  // Events emitted by `medusa exec` may not reach the listing's subscribers before the
  // process exits: project every deal into the storefront listing now.
  const reindex = await reindexDealListings(container)
  logger.info(`Deal listing: ${reindex.state}, ${reindex.processed} deals indexed.`)

  /** The point-of-sale software is sold with a license key: 3 devices, one year, transferable. */
  async function seedLicensePolicies() {
    const [product] = await find("product", { handle: "logiciel-caisse" }, ["id", "variants.id"])
    if (!product || (await find("license_policy", { variant_id: product.variants[0].id })).length) return
    await createLicensePolicyWorkflow(container).run({
      input: { variant_id: product.variants[0].id, max_activations: 3, duration_days: 365, transferable: true, key_prefix: "CAISSE", suspend_on_refund: true },
    })
  }

  /** The e-book's PDF (a short extract shipped in `seed/files`), private, downloadable by its buyers. */
  async function seedDigitalFiles() {
    const [product] = await find("product", { handle: "ebook-marketing-influence" }, ["id", "variants.id"])
    if (!product || (await find("digital_asset", { variant_id: product.variants[0].id })).length) return
    const content = fs.readFileSync(path.join(process.cwd(), "seed/files", "ebook-marketing-influence.pdf"))
    await publishDigitalAssetWorkflow(container).run({
      input: {
        variant_id: product.variants[0].id,
        name: "reussir-son-marketing-d-influence.pdf",
        version: "1.0",
        changelog: "Première édition.",
        file: { filename: "reussir-son-marketing-d-influence.pdf", mime_type: "application/pdf", content: content.toString("base64") },
        size: content.length,
        checksum_sha256: crypto.createHash("sha256").update(content).digest("hex"),
      },
    })
  }

  /**
   * The demo webhook endpoint (`npm start` passes its local inbox as WEBHOOK_DEMO_URL): orders,
   * reviews and invoices from now on are delivered there; its secret goes where the inbox reads it.
   */
  async function seedWebhookEndpoint() {
    const url = process.env.WEBHOOK_DEMO_URL
    if (!url || (await find("webhook_endpoint", { url })).length) return
    const { result } = await createWebhookEndpointWorkflow(container).run({
      input: { url, description: "Démo : boîte de réception locale (npm start)", event_types: ["order.*", "review.*", "invoice.*"] },
    })
    const [endpoint] = await find("webhook_endpoint", { id: result.id }, ["id", "secret"])
    if (process.env.WEBHOOK_DEMO_SECRET_FILE) fs.writeFileSync(process.env.WEBHOOK_DEMO_SECRET_FILE, endpoint.secret)
    logger.info(`Webhooks: demo endpoint ${url} registered.`)
  }

  /**
   * An abandoned cart of the demo customer, already reminded (as the job would do 4 hours
   * later): the admin's reminder counters show it, and its links work on the storefront.
   */
  async function seedAbandonedCart() {
    if ((await find("cart_reminder", { email: DEMO_ABANDONED_CART_EMAIL })).length) return
    const [france] = await find("region", { name: "France" })
    const [product] = await find("product", { handle: "coffret-the-menthe" }, ["id", "variants.id"])
    await createCartWorkflow(container).run({
      input: {
        region_id: france.id,
        sales_channel_id: salesChannel.id,
        email: DEMO_ABANDONED_CART_EMAIL,
        items: [{ variant_id: product.variants[0].id, quantity: 2 }],
      },
    })
    const sent = await remindAbandonedCarts(container, new Date(Date.now() + 5 * 3_600_000))
    logger.info(`Abandoned-cart reminders: ${sent.first} sent for the demo cart.`)
  }

  /**
   * Verified reviews: each reviewer is a customer with a real placed order, invoiced, (counted in
   * "N achetés") for the deals they review; reviews are approved (one has a reply) but one,
   * left pending for the admin's moderation queue.
   */
  async function seedReviews() {
    const [france] = await find("region", { name: "France" })
    for (const reviewer of reviewers) {
      if ((await find("customer", { email: reviewer.email })).length) continue
      const customer = await createReviewer(reviewer)
      /** A real placed order of the deal's first variant, counted in its "N achetés". */
      const buy = async (handle: string) => {
        const [product] = await find("product", { handle }, ["id", "variants.id"])
        if (!product) return null
        const { result: order } = await createOrderWorkflow(container).run({
          input: {
            region_id: france.id,
            sales_channel_id: salesChannel.id,
            customer_id: customer.id,
            email: reviewer.email,
            currency_code: "eur",
            // An address in France: the order's VAT (and so its invoice) follows the country.
            billing_address: { first_name: reviewer.first_name, last_name: reviewer.last_name, ...DEMO_ADDRESS, country_code: "fr" },
            shipping_address: { first_name: reviewer.first_name, last_name: reviewer.last_name, ...DEMO_ADDRESS, country_code: "fr" },
            // Priced from the variant (its sale price) when no unit_price is given; the input
            // type asks for one all the same: cast to what runs.
            items: [{ variant_id: product.variants[0].id, quantity: 1 }] as unknown as CreateOrderLineItemDTO[],
          },
        })
        await recordDealSalesWorkflow(container).run({ input: { order_id: order.id, direction: 1 } })
        // Its invoice, as `order.placed` issues it for a checkout (seeded orders emit no event).
        await issueOrderInvoiceWorkflow(container).run({ input: { order_id: order.id } })
        await issueOrderLicensesWorkflow(container).run({ input: { order_id: order.id } })
        return product
      }
      for (const purchase of reviewer.purchases ?? []) await buy(purchase.handle)
      for (const review of reviewer.reviews) {
        const product = await buy(review.handle)
        if (!product) continue
        const { result: created } = await createReviewWorkflow(container).run({
          input: { customer_id: customer.id, product_id: product.id, rating: review.rating, title: review.title, body: review.body },
        })
        if (review.pending) continue
        await moderateReviewsWorkflow(container).run({ input: { ids: [created.id], status: "approved" } })
        if (review.reply) {
          await replyToReviewWorkflow(container).run({ input: { id: created.id, reply: review.reply } })
        }
      }
    }
  }

  /** A customer; with a password, one who can sign in (an emailpass identity, as a sign-up makes). */
  async function createReviewer({ email, first_name, last_name, password }: (typeof reviewers)[number]) {
    const customerData = { email, first_name, last_name }
    if (!password) {
      const { result: [customer] } = await createCustomersWorkflow(container).run({ input: { customersData: [customerData] } })
      return customer
    }
    const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
    if (!authIdentity) throw new Error(`Could not create the sign-in of ${email}: ${error}`)
    // Demo accounts sign in without the e-mail verification a real sign-up goes through.
    await markEmailVerified(container, authIdentity.id, email)
    const { result: customer } = await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId: authIdentity.id, customerData },
    })
    return customer
  }

  async function createDealProduct(seed: SeedDeal) {
    const { result: files } = await uploadFilesWorkflow(container).run({
      input: {
        files: seed.images.map((name) => ({
          filename: name,
          mimeType: "image/svg+xml",
          content: fs.readFileSync(path.join(process.cwd(), "seed/images", name)).toString("base64"),
          access: "public" as const,
        })),
      },
    })
    const { result: [product] } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: seed.title,
            subtitle: seed.subtitle,
            description: seed.description,
            handle: seed.handle,
            status: "published",
            thumbnail: files[0].url,
            images: files.map((file) => ({ url: file.url })),
            category_ids: [categoryIds[seed.category]],
            sales_channels: [{ id: salesChannel.id }],
            // Only goods that travel have a shipping profile: Medusa then marks their cart lines
            // `requires_shipping`, and vouchers and e-books check out without a delivery step.
            ...(seed.physical && { shipping_profile_id: shippingProfile.id }),
            options: [{ title: seed.optionTitle, values: seed.variants.map((v) => v.title) }],
            variants: seed.variants.map((variant) => ({
              title: variant.title,
              options: { [seed.optionTitle]: variant.title },
              manage_inventory: seed.physical,
              prices: [
                { currency_code: "eur", amount: variant.eur[0] },
                { currency_code: "mad", amount: variant.mad[0] },
              ],
            })),
          },
        ],
      },
    })
    if (seed.physical) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { product_id: product.id },
      })
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: variants.flatMap((variant) =>
            (variant.inventory_items ?? []).flatMap((item) =>
              item ? [{ inventory_item_id: item.inventory_item_id, location_id: location.id, stocked_quantity: 250 }] : []
            )
          ),
        },
      })
    }
    await createPriceListsWorkflow(container).run({
      input: {
        // Medusa 2.21 types this input as { price_lists: [...] }[] while the workflow reads the
        // price lists themselves (as its own docs example does): cast to what runs.
        price_lists_data: ([
          {
            title: `Offre ${seed.title}`,
            description: "Prix de l'offre Comptoir",
            type: "sale",
            status: "active",
            prices: product.variants.flatMap((variant) => {
              const spec = seed.variants.find((v) => v.title === variant.title)!
              return [
                { variant_id: variant.id, currency_code: "eur", amount: spec.eur[1] },
                { variant_id: variant.id, currency_code: "mad", amount: spec.mad[1] },
              ]
            }),
          },
        ] as unknown) as CreatePriceListWorkflowInputDTO[],
      },
    })
    const { location: place, ...content } = seed.deal
    await createDealWorkflow(container).run({
      input: {
        product_id: product.id,
        subtitle: seed.subtitle,
        ...content,
        ...(place && {
          location_address: place.address,
          location_city: place.city,
          location_lat: place.lat,
          location_lng: place.lng,
        }),
      },
    })
  }
}

/** Hands the publishable key to the storefront (a git-ignored env file). */
function writeStorefrontEnv(publishableKey: string) {
  const file = process.env.STOREFRONT_ENV_FILE || path.resolve(process.cwd(), "../storefront/.env.local")
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  fs.writeFileSync(
    file,
    [
      "# Written by the backend's demo seed (backend/src/scripts/seed.ts).",
      `MEDUSA_BACKEND_URL=${backendUrl}`,
      `NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=${publishableKey}`,
      "NEXT_PUBLIC_DEFAULT_COUNTRY=fr",
      "",
    ].join("\n")
  )
}
