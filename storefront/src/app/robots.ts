import type { MetadataRoute } from "next"
import { STOREFRONT_URL } from "@/lib/config"

// The base URL is read at runtime (see lib/config), so this is not frozen at build time.
export const dynamic = "force-dynamic"

/** Everything may be crawled but the visitor's own pages (every path starts with a country). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/*/cart", "/*/account", "/*/checkout", "/*/order", "/cart", "/account", "/checkout"],
    },
    sitemap: `${STOREFRONT_URL}/sitemap.xml`,
  }
}
