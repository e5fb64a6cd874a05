import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_comptoir_cart_id"

/** The current visitor's cart id, if any. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Remembers the cart in an httpOnly cookie: only server code ever needs the id. */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    path: "/",
    maxAge: 60 * 60 * 24 * 7,
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
  })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
