import Link from "next/link"
import { deleteAddress } from "@/lib/data/addresses"
import type { Dictionary, Locale } from "@/lib/i18n"
import type { StoreCustomerAddress } from "@/types/medusa"
import AddressLines from "./address-lines"
import SubmitButton from "./submit-button"

type Props = { address: StoreCustomerAddress; countryCode: string; editHref: string; locale: Locale; t: Dictionary }

const badge = "rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-700"

/** One saved address, its default badges, and the links to edit or delete it. */
export default function AddressCard({ address, countryCode, editHref, locale, t }: Props) {
  const strings = t.accountArea.addresses
  return (
    <li data-testid="address-card" className="flex flex-col gap-3 rounded-xl border border-gray-200 bg-white p-5">
      {(address.is_default_shipping || address.is_default_billing) && (
        <p className="flex flex-wrap gap-2">
          {address.is_default_shipping && <span data-testid="address-default-shipping-badge" className={badge}>{strings.defaultShipping}</span>}
          {address.is_default_billing && <span data-testid="address-default-billing-badge" className={badge}>{strings.defaultBilling}</span>}
        </p>
      )}
      <AddressLines address={address} locale={locale} />
      <div className="mt-auto flex gap-4 text-sm font-semibold">
        <Link href={editHref} data-testid="address-edit" className="text-brand-700 underline hover:text-brand-800">
          {strings.edit}
          <span className="sr-only"> — {address.address_1}</span>
        </Link>
        <form action={deleteAddress}>
          <input type="hidden" name="addressId" value={address.id} />
          <input type="hidden" name="countryCode" value={countryCode} />
          <SubmitButton
            label={<>{strings.delete}<span className="sr-only"> — {address.address_1}</span></>}
            pendingLabel={strings.deleting}
            testId="address-delete"
            className="text-gray-600 underline hover:text-deal-500"
          />
        </form>
      </div>
    </li>
  )
}
