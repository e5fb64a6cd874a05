import { Button, Copy, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useLicense, useLicenseAction } from "../hooks/licenses"
import { errorMessage } from "../lib/error-message"
import { useLicenseTranslation } from "../lib/i18n"
import type { AdminLicenseDetail } from "../lib/license-types"
import { DetailDrawer, DrawerCloseFooter, DrawerNote } from "./detail-drawer"
import { LicenseActivations } from "./license-activations"
import { LicenseStatusBadge, useFormatLicenseDate } from "./license-cells"
import { LicenseExtendPrompt } from "./license-extend-prompt"
import { LicenseLimitPrompt } from "./license-limit-prompt"
import { LicenseReasonPrompt } from "./license-reason-prompt"

type LicenseDrawerProps = {
  /** The license to show; the drawer is closed while it is null. */
  licenseId: string | null
  onClose: () => void
}

/** One license: its key, owner, order, limits and devices, and the merchant's actions on it. */
export function LicenseDrawer({ licenseId, onClose }: LicenseDrawerProps) {
  const { t } = useLicenseTranslation()
  const { data: license, isPending, isError, error } = useLicense(licenseId)
  const shown = license && license.id === licenseId ? license : undefined

  return (
    <DetailDrawer
      open={licenseId !== null}
      onClose={onClose}
      testId="license-drawer"
      title={t("drawerTitle")}
      description={t("drawerDescription")}
      record={shown}
      isPending={isPending}
      errorText={isError ? `${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
      footer={<DrawerCloseFooter closeLabel={t("close")} onClose={onClose} />}
    >
      {(loaded) => (
        <>
          <LicenseDetails license={loaded} />
          <LicenseActions license={loaded} />
          <LicenseActivations license={loaded} />
        </>
      )}
    </DetailDrawer>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <Text as="span" size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="min-w-0 text-ui-fg-base txt-small">{children}</div>
    </div>
  )
}

function LicenseDetails({ license }: { license: AdminLicenseDetail }) {
  const { t } = useLicenseTranslation()
  const formatDate = useFormatLicenseDate()
  const limit =
    license.max_activations_override !== null
      ? t("limitOverridden", { limit: license.max_activations_override, policy: license.policy_max_activations ?? t("none") })
      : t("limitFromPolicy", { limit: license.max_activations })
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between gap-x-3">
        <div className="flex min-w-0 items-center gap-x-2">
          <Text size="small" weight="plus" className="break-all font-mono" data-testid="license-drawer-key">
            {license.key}
          </Text>
          <Copy content={license.key} aria-label={t("copyKey")} />
        </div>
        <LicenseStatusBadge status={license.effective_status} />
      </div>
      {license.status_reason && (
        <DrawerNote label={t("statusReason")} testId="license-status-reason">
          {license.status_reason}
        </DrawerNote>
      )}
      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2">
        <Fact label={t("owner")}>
          <span className="break-all">{license.email}</span>
        </Fact>
        <Fact label={t("product")}>
          <Link to={`/products/${license.product_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {license.product_title ?? t("untitled")}
            {license.variant_title ? ` · ${license.variant_title}` : ""}
          </Link>
        </Fact>
        <Fact label={t("order")}>
          <Link to={`/orders/${license.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {license.order_display_id !== null ? t("orderNumber", { number: license.order_display_id }) : license.order_id}
          </Link>
        </Fact>
        <Fact label={t("issuedAt")}>{formatDate(license.created_at, true)}</Fact>
        <Fact label={t("expiresAt")}>{license.expires_at ? formatDate(license.expires_at, true) : t("perpetual")}</Fact>
        <Fact label={t("limit")}>
          <span data-testid="license-drawer-limit">{`${t("activationsOf", { active: license.active_activations, limit: license.max_activations })} · ${limit}`}</span>
        </Fact>
      </dl>
    </div>
  )
}

/**
 * What can be done to the license, as its stored status allows: a revoked license is final; an
 * expired one (marked so) is made valid again by changing its expiry.
 */
function LicenseActions({ license }: { license: AdminLicenseDetail }) {
  const { t } = useLicenseTranslation()
  const prompt = usePrompt()
  const run = useLicenseAction()
  const [reasonAction, setReasonAction] = useState<"suspend" | "revoke" | null>(null)
  const [extending, setExtending] = useState(false)
  const [limiting, setLimiting] = useState(false)
  const revoked = license.status === "revoked"
  const onError = (failure: unknown) => toast.error(errorMessage(failure, t("errorUnknown")))

  const reinstate = () =>
    run.mutate({ id: license.id, action: "reinstate" }, { onSuccess: () => toast.success(t("toastReinstated")), onError })

  const resetActivations = async () => {
    const confirmed = await prompt({
      title: t("resetTitle"),
      description: t("resetDescription"),
      confirmText: t("resetActivations"),
      cancelText: t("cancel"),
    })
    if (confirmed) {
      run.mutate({ id: license.id, action: "reset-activations" }, { onSuccess: () => toast.success(t("toastReset")), onError })
    }
  }

  // The prompts stay mounted after a revocation, so the one that made it can close and say so.
  return (
    <>
      {!revoked && (
        <section className="flex flex-col gap-y-3 border-t pt-6">
          <Heading level="h3">{t("actions")}</Heading>
          <div className="flex flex-wrap gap-2">
            {license.status === "active" && (
              <Button size="small" variant="secondary" onClick={() => setReasonAction("suspend")} data-testid="license-suspend">
                {t("suspend")}
              </Button>
            )}
            {license.status === "suspended" && (
              <Button size="small" variant="secondary" onClick={reinstate} isLoading={run.isPending} data-testid="license-reinstate">
                {t("reinstate")}
              </Button>
            )}
            <Button size="small" variant="secondary" onClick={() => setExtending(true)} data-testid="license-extend">
              {t("extend")}
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={resetActivations}
              disabled={license.active_activations === 0 || run.isPending}
              data-testid="license-reset-activations"
            >
              {t("resetActivations")}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setLimiting(true)} data-testid="license-override-limit">
              {t("overrideLimit")}
            </Button>
            {license.status !== "expired" && (
              <Button size="small" variant="danger" onClick={() => setReasonAction("revoke")} data-testid="license-revoke">
                {t("revoke")}
              </Button>
            )}
          </div>
        </section>
      )}
      <LicenseReasonPrompt licenseId={license.id} action={reasonAction} onClose={() => setReasonAction(null)} />
      <LicenseExtendPrompt license={license} open={extending} onClose={() => setExtending(false)} />
      <LicenseLimitPrompt license={license} open={limiting} onClose={() => setLimiting(false)} />
    </>
  )
}
