// The checkout form's contact and billing fields, as a shopper types them.

/** Fills the e-mail (when given and the field is empty) and the billing address. */
export async function fillBilling(page, { email, first_name, last_name, address_1, postal_code, city }) {
  if (email && !(await page.getByTestId("checkout-email").inputValue())) await page.getByTestId("checkout-email").fill(email)
  await page.getByTestId("billing-first_name").fill(first_name)
  await page.getByTestId("billing-last_name").fill(last_name)
  await page.getByTestId("billing-address_1").fill(address_1)
  await page.getByTestId("billing-postal_code").fill(postal_code)
  await page.getByTestId("billing-city").fill(city)
}
