import { DEFAULT_COUNTRY, sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { getDictionary } from "@/lib/i18n"
import { isClientError } from "@/lib/util/errors"
import { isOrderId } from "@/lib/util/order-id"

type Context = { params: Promise<{ id: string }> }

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } })

/**
 * The signed-in customer's invoice of one of their orders, as a PDF download. The browser
 * cannot call the backend itself: the customer's token is in an httpOnly cookie that only
 * server code reads. Signed out (or expired): to the sign-in page, which comes back here.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params
  const { t } = await getDictionary()
  if (!isOrderId(id)) return text(t.accountArea.order.invalidOrder, 400)
  const requested = new URL(request.url).searchParams.get("countryCode") ?? ""
  const countryCode = /^[a-z]{2}$/.test(requested) ? requested : DEFAULT_COUNTRY
  const signIn = () => {
    const next = `/${countryCode}/account/orders/${id}`
    return Response.redirect(new URL(`/${countryCode}/account/login?next=${encodeURIComponent(next)}`, request.url), 303)
  }

  const auth = await getAuthHeaders()
  if (!auth) return signIn()
  try {
    // Not JSON: the js-sdk hands back the backend's response as is, so its body is streamed through.
    const pdf = await sdk.client.fetch<Response>(`/store/orders/${encodeURIComponent(id)}/invoice`, {
      headers: { ...auth, accept: "application/pdf" },
      cache: "no-store",
    })
    return new Response(pdf.body, {
      headers: {
        "content-type": pdf.headers.get("content-type") ?? "application/pdf",
        "content-disposition": pdf.headers.get("content-disposition") ?? `attachment; filename="${id}.pdf"`,
        "cache-control": "private, no-store",
      },
    })
  } catch (error) {
    if (isClientError(error) && error.status === 401) return signIn()
    // Not this customer's order, or no invoice yet: the backend tells neither apart, nor do we.
    if (isClientError(error) && error.status === 404) return text(t.accountArea.order.invoiceMissing, 404)
    throw error
  }
}
