/** True for a Medusa order id (`order_01H…`): anything else never reaches the backend's paths. */
export const isOrderId = (value: string): boolean => /^order_[0-9A-Za-z]+$/.test(value)
