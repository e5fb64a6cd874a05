import { serializeJsonLd, type JsonLdObject } from "@/lib/seo/json-ld"

/** Structured data for search engines; rendered on the server, invisible to visitors. */
export default function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
