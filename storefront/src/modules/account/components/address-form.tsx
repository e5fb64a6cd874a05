"use client"

import Link from "next/link"
import { useActionState } from "react"
import { saveAddress } from "@/lib/data/addresses"
import type { Dictionary } from "@/lib/i18n"
import { ADDRESS_FORM_PREFIX, type AddressFormValues } from "@/lib/util/address-form"
import AddressFields, { type CountryChoice } from "@/modules/checkout/components/address-fields"

type Props = {
  countryCode: string
  /** The address being edited; none for a new one. */
  addressId?: string
  initialValues: AddressFormValues
  countries: CountryChoice[]
  /** Where "Annuler" goes; none when the form is all the page has (an empty book). */
  cancelHref?: string
  labels: { fields: Dictionary["checkout"]["address"]; form: Dictionary["accountArea"]["addresses"] }
}

/** Adds or edits one address of the book (the checkout's fields), and whether it is a default. */
export default function AddressForm({ countryCode, addressId, initialValues, countries, cancelHref, labels }: Props) {
  const [state, formAction, pending] = useActionState(saveAddress, null)
  const values = state?.values ?? initialValues
  const checkbox = "h-4 w-4 rounded border-gray-300 accent-brand-500"

  return (
    <form action={formAction} aria-labelledby="address-form-title" data-testid="address-form" className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
      <h2 id="address-form-title" className="text-xl font-bold">{addressId ? labels.form.editAddress : labels.form.newAddress}</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      {addressId && <input type="hidden" name="addressId" value={addressId} />}
      <AddressFields prefix={ADDRESS_FORM_PREFIX} values={values} errors={state?.errors ?? {}} countries={countries} labels={labels.fields} required />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="is_default_shipping" defaultChecked={values.is_default_shipping} className={checkbox} data-testid="address-default-shipping" />
        {labels.form.useForShipping}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="is_default_billing" defaultChecked={values.is_default_billing} className={checkbox} data-testid="address-default-billing" />
        {labels.form.useForBilling}
      </label>
      {state?.message && (
        <p role="alert" data-testid="address-form-error" className="rounded-lg bg-red-50 p-3 text-sm text-red-700">{state.message}</p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button disabled={pending} data-testid="address-form-submit" className="rounded-full bg-brand-500 px-6 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
          {pending ? labels.form.saving : labels.form.save}
        </button>
        {cancelHref && (
          <Link href={cancelHref} className="text-sm font-semibold text-gray-600 underline hover:text-gray-800">{labels.form.cancel}</Link>
        )}
      </div>
    </form>
  )
}
