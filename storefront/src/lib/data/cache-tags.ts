/**
 * Tags of the backend answers kept in Next's data cache. The backend expires them through
 * POST /api/revalidate as soon as the data changes (a price, a stock count, a review), so the
 * timers below are only a safety net, e.g. for a deal that ends with nobody touching it.
 */
export const cacheTags = {
  /** Every deal list: listings, home sections, sitemap. */
  deals: "deals",
  /** One deal page's answer (price, "N bought", rating). */
  deal: (handle: string) => `deal:${handle}`,
  /** A product's approved reviews. */
  reviews: (productId: string) => `reviews:${productId}`,
  categories: "categories",
  regions: "regions",
  /** One visitor's cart: expired by the storefront's own cart, promo and checkout actions. */
  cart: (cartId: string) => `cart-${cartId}`,
}

/** Seconds after which deal and review answers are fetched again even if nobody expired them. */
export const DEAL_DATA_TTL = 300
