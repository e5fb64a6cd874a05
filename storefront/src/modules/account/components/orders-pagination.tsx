import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"

type Props = {
  basePath: string
  page: number
  totalPages: number
  t: Dictionary
  /** The navigation's name for screen readers, when the list is not the orders (the licenses). */
  label?: string
}

const link = "rounded-lg border border-gray-300 bg-white px-3 py-1.5 text-sm hover:border-brand-500"

/** Newer and older pages of an account list (orders, licenses): plain links, so it works without JavaScript. */
export default function OrdersPagination({ basePath, page, totalPages, t, label }: Props) {
  if (totalPages <= 1) return null
  const strings = t.accountArea.orders
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`)
  return (
    <nav aria-label={label ?? strings.pagination} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className={link}>← {strings.previous}</Link> : <span />}
      <p className="text-sm text-gray-600">{strings.page(page, totalPages)}</p>
      {page < totalPages ? <Link href={href(page + 1)} rel="next" className={link}>{strings.next} →</Link> : <span />}
    </nav>
  )
}
