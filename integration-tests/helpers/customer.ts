type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

/**
 * A shopper signed up through the real store routes (register, create the customer, log
 * in); returns its id and request config carrying its token and the publishable key.
 */
export async function createCustomer(
  api: Api,
  storeHeaders: { headers: Record<string, string> },
  { email, first_name, last_name }: { email: string; first_name?: string; last_name?: string }
) {
  const password = "supersecret"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...storeHeaders.headers, authorization: `Bearer ${registration.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { id: data.customer.id as string, headers: { headers: { ...storeHeaders.headers, authorization: `Bearer ${login.token}` } } }
}
