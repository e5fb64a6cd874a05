import type { Dictionary } from "@/lib/i18n"

type Props = { reordered?: string | string[]; skipped?: string | string[]; t: Dictionary }

const count = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : 0)

/** After "Commander à nouveau" (`?reordered=N&skipped=M`): what went into the cart, what did not. */
export default function ReorderNotice({ reordered, skipped, t }: Props) {
  const added = count(reordered)
  const left = count(skipped)
  if (!added && !left) return null
  const strings = t.accountArea.reorder
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <p role="status" data-testid="reorder-notice" className={`rounded-lg p-3 text-sm ${left ? "bg-amber-50 text-amber-900" : "bg-brand-50 text-brand-800"}`}>
        {[added > 0 && strings.added(added), left > 0 && strings.skipped(left)].filter(Boolean).join(" ")}
      </p>
    </div>
  )
}
