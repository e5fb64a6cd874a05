import type { ReactNode } from "react"

type Props = { title: string; testId: string; children: ReactNode }

/** One step of the checkout page: contact, billing, delivery or payment. */
export default function CheckoutSection({ title, testId, children }: Props) {
  return (
    <section data-testid={testId} className="rounded-xl border border-gray-200 bg-white p-5">
      <h2 className="mb-4 text-xl font-bold">{title}</h2>
      {children}
    </section>
  )
}
