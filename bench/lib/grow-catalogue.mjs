// Grows the demo store's catalogue through the Admin API, as a merchant's import would:
// products in batches, their sale prices in a price list, then one deal per product. Nothing
// is written behind the modules' back, so the listing is kept current by its own events.

const BATCH = 50 // products per POST /admin/products/batch
const DEAL_CONCURRENCY = 4 // parallel POST /admin/deals
const DAY = 24 * 60 * 60 * 1000

const CITIES = [
  "Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Toulouse", "Nice", "Strasbourg", "Montpellier",
  "Marrakech", "Casablanca", "Fès", "Rabat", "Tanger", "Agadir", "Essaouira", "Chefchaouen", "Meknès", "Ouarzazate",
]
/** An activity and the seeded category it belongs to. */
const ACTIVITIES = [
  ["Massage relaxant aux huiles", "bien-etre"],
  ["Hammam traditionnel et gommage", "bien-etre"],
  ["Soin du visage à l'argan", "bien-etre"],
  ["Dîner gastronomique", "restaurants"],
  ["Brunch à volonté", "restaurants"],
  ["Tajine et thé à la menthe", "restaurants"],
  ["Cours de cuisine marocaine", "activites"],
  ["Balade en quad", "activites"],
  ["Escape game", "activites"],
  ["Week-end en riad", "voyages"],
  ["Nuit en hôtel 4 étoiles", "voyages"],
  ["Excursion dans le désert", "voyages"],
  ["Coffret huile d'argan", "produits"],
  ["Service à thé en laiton", "produits"],
  ["Formation photo en ligne", "numerique"],
  ["Livre de recettes numérique", "numerique"],
]
const QUALIFIERS = ["pour deux", "en duo", "pour une personne", "en famille", "découverte", "premium", "le week-end", "en semaine"]

/** A small deterministic generator: the same sizes give the same catalogue on every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const pick = (next, list) => list[Math.floor(next() * list.length)]

/** An Admin API client authenticated as the given user. */
export async function adminClient(baseUrl, { email, password }) {
  const call = async (method, path, body, token) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: body && JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text)
  }
  const { token } = await call("POST", "/auth/user/emailpass", { email, password })
  return {
    get: (path) => call("GET", path, undefined, token),
    post: (path, body) => call("POST", path, body, token),
  }
}

/** Runs `work` on every item, `concurrency` at a time. */
async function eachLimited(items, concurrency, work) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/** What every generated product needs: the seeded sales channel, categories, shipping profile. */
export async function catalogueContext(admin) {
  const { sales_channels } = await admin.get("/admin/sales-channels?name=Comptoir&fields=id")
  const { product_categories } = await admin.get("/admin/product-categories?limit=100&fields=id,handle")
  const { shipping_profiles } = await admin.get("/admin/shipping-profiles?fields=id&limit=1")
  const { price_list } = await admin.post("/admin/price-lists", {
    title: "Offres du banc d'essai",
    description: "Prix remisés des offres générées par npm run bench -- --scale",
    type: "sale",
    status: "active",
  })
  if (!sales_channels[0] || !shipping_profiles[0]) throw new Error("the demo seed's sales channel or shipping profile is missing")
  return {
    salesChannelId: sales_channels[0].id,
    shippingProfileId: shipping_profiles[0].id,
    categoryIds: Object.fromEntries(product_categories.map((category) => [category.handle, category.id])),
    priceListId: price_list.id,
  }
}

/** Product `index` of the generated catalogue, with its deal and its sale prices. */
function generated(index, context) {
  const next = random(index + 1)
  const [activity, category] = pick(next, ACTIVITIES)
  const city = pick(next, CITIES)
  const title = `${activity} ${pick(next, QUALIFIERS)} à ${city}`
  const euros = 15 + Math.floor(next() * 286) // 15 to 300 € regular price
  const discount = 0.3 + next() * 0.4 // 30 to 70 % off
  const variants = ["Standard", "Premium"].map((name, rank) => {
    const regular = euros * (1 + rank * 0.5)
    return { name, eur: Math.round(regular), mad: Math.round(regular * 10.8), sale: 1 - discount }
  })
  // 1 in 20 deals starts in the future: the listing must not show it yet.
  const scheduled = next() < 0.05
  const startsAt = new Date(Date.now() + (scheduled ? 3 : -Math.ceil(next() * 30)) * DAY)
  return {
    scheduled,
    product: {
      title,
      handle: `banc-${index}`,
      description: `${title} : une offre générée pour le banc d'essai, réservable en ligne et valable trois mois.`,
      status: "published",
      categories: [{ id: context.categoryIds[category] }],
      sales_channels: [{ id: context.salesChannelId }],
      shipping_profile_id: context.shippingProfileId,
      options: [{ title: "Formule", values: variants.map((variant) => variant.name) }],
      variants: variants.map((variant) => ({
        title: variant.name,
        options: { Formule: variant.name },
        manage_inventory: false,
        prices: [
          { currency_code: "eur", amount: variant.eur },
          { currency_code: "mad", amount: variant.mad },
        ],
      })),
    },
    salePrices: (variantIds) =>
      variants.flatMap((variant, rank) => [
        { variant_id: variantIds[rank], currency_code: "eur", amount: Math.round(variant.eur * variant.sale) },
        { variant_id: variantIds[rank], currency_code: "mad", amount: Math.round(variant.mad * variant.sale) },
      ]),
    deal: {
      location_city: city,
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + (40 + Math.ceil(next() * 60)) * DAY).toISOString(),
      is_featured: next() < 0.05,
      highlights: [`${activity} à ${city}`, "Annulation gratuite jusqu'à 48 h avant"],
    },
  }
}

/**
 * Adds generated products `from` … `to - 1` with their deals. Returns how many of them are
 * live now (the others are scheduled) and the seconds spent per call kind; reports progress
 * through `onProgress(done)`.
 */
export async function growCatalogue(admin, context, { from, to, onProgress }) {
  let live = 0
  const seconds = { products: 0, prices: 0, deals: 0 }
  const timed = async (kind, work) => {
    const started = performance.now()
    const result = await work()
    seconds[kind] += (performance.now() - started) / 1000
    return result
  }
  for (let start = from; start < to; start += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, to - start) }, (_, offset) => generated(start + offset, context))
    const { created } = await timed("products", () =>
      admin.post("/admin/products/batch?fields=id,handle,variants.id,variants.title", { create: items.map((item) => item.product) })
    )
    const byHandle = new Map(created.map((product) => [product.handle, product]))
    const variantIds = (item) => {
      const product = byHandle.get(item.product.handle)
      return ["Standard", "Premium"].map((title) => product.variants.find((variant) => variant.title === title).id)
    }
    await timed("prices", () =>
      admin.post(`/admin/price-lists/${context.priceListId}/prices/batch`, { create: items.flatMap((item) => item.salePrices(variantIds(item))) })
    )
    await timed("deals", () =>
      eachLimited(items, DEAL_CONCURRENCY, (item) => admin.post("/admin/deals", { product_id: byHandle.get(item.product.handle).id, ...item.deal }))
    )
    live += items.filter((item) => !item.scheduled).length
    onProgress?.(start + items.length)
  }
  return { live, seconds }
}
