import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_comptoir_cart_id"
const AUTH_COOKIE = "_comptoir_jwt"

/** A week, httpOnly: only server code ever reads these cookies. */
const PRIVATE_COOKIE = {
  path: "/",
  maxAge: 60 * 60 * 24 * 7,
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
} as const

/** The current visitor's cart id, if any. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Remembers the cart in an httpOnly cookie: only server code ever needs the id. */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, PRIVATE_COOKIE)
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

/** The signed-in customer's token as request headers for the backend, or null when signed out. */
export async function getAuthHeaders(): Promise<{ authorization: string } | null> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : null
}

/** Keeps the customer's backend token in an httpOnly cookie: page scripts never see it. */
export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, PRIVATE_COOKIE)
}

/** Forgets the customer's token: the next request is a signed-out visitor's. */
export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}
