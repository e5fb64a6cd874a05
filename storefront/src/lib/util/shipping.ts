/** True when a line is shipped: vouchers for services and digital goods are not. */
export const needsShipping = (cart: { items?: { requires_shipping: boolean }[] | null }): boolean =>
  !!cart.items?.some((item) => item.requires_shipping)
