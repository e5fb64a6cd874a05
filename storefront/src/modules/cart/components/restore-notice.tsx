import type { Dictionary } from "@/lib/i18n"

type Props = { restore?: string | string[]; t: Dictionary }

/** After a cart reminder's link that no longer works (`?restore=expired`): says so above the cart. */
export default function RestoreNotice({ restore, t }: Props) {
  if (restore !== "expired") return null
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <p role="status" data-testid="restore-notice" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
        {t.cartReminders.restoreExpired}
      </p>
    </div>
  )
}
