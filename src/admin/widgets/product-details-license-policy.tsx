import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Drawer, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { LicensePolicyForm } from "../components/license-policy-form"
import { WidgetLoadState } from "../components/widget-load-state"
import { useDeleteLicensePolicy, useProductLicensePolicies, useProductVariantsForLicenses } from "../hooks/licenses"
import { errorMessage } from "../lib/error-message"
import { useLicenseTranslation } from "../lib/i18n"
import type { AdminLicensePolicy } from "../lib/license-types"

type VariantRow = { id: string; title: string | null; sku?: string | null }

/** Which of a product's variants are delivered with a license key, and their license policies. */
const ProductLicensePolicyWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useLicenseTranslation()
  const variants = useProductVariantsForLicenses(product.id)
  const policies = useProductLicensePolicies(product.id)
  const [editing, setEditing] = useState<VariantRow | null>(null)
  const policyOf = (variantId: string) => policies.data?.find((policy) => policy.variant_id === variantId)
  const editedPolicy = editing ? policyOf(editing.id) : undefined
  const isError = variants.isError || policies.isError
  const isPending = variants.isPending || policies.isPending

  return (
    <Container className="divide-y p-0" data-testid="license-policy-widget">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("widgetTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("widgetDescription")}
        </Text>
      </div>
      {isError || isPending ? (
        <WidgetLoadState
          isError={isError}
          error={variants.error ?? policies.error}
          loadError={t("widgetLoadError")}
          unknownError={t("errorUnknown")}
          testId="license-policy-widget-error"
        />
      ) : variants.data.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("widgetNoVariants")}
        </Text>
      ) : (
        variants.data.map((variant) => (
          <VariantPolicyRow key={variant.id} variant={variant} policy={policyOf(variant.id)} onEdit={() => setEditing(variant)} />
        ))
      )}

      <Drawer open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <Drawer.Content data-testid="license-policy-drawer">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{editedPolicy ? t("policyDrawerEdit") : t("policyDrawerCreate")}</Heading>
            </Drawer.Title>
            <Drawer.Description>{t("policyDrawerDescription", { variant: editing?.title ?? t("variantUntitled") })}</Drawer.Description>
          </Drawer.Header>
          {/* Mounted only while open, so each opening starts from the latest saved policy. */}
          {editing && <LicensePolicyForm variantId={editing.id} policy={editedPolicy} onDone={() => setEditing(null)} />}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

type VariantPolicyRowProps = { variant: VariantRow; policy: AdminLicensePolicy | undefined; onEdit: () => void }

/** One variant: whether it is delivered with a license key, its policy in short, and its buttons. */
function VariantPolicyRow({ variant, policy, onEdit }: VariantPolicyRowProps) {
  const { t } = useLicenseTranslation()
  const prompt = usePrompt()
  const deletePolicy = useDeleteLicensePolicy()

  const confirmDelete = async () => {
    if (!policy) {
      return
    }
    const confirmed = await prompt({
      title: t("deletePolicyTitle"),
      description: t("deletePolicyDescription"),
      confirmText: t("deletePolicy"),
      cancelText: t("cancel"),
    })
    if (confirmed) {
      deletePolicy.mutate(policy.id, {
        onSuccess: () => toast.success(t("toastPolicyDeleted")),
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      })
    }
  }

  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4" data-testid="license-policy-variant" data-variant-id={variant.id} data-licensed={!!policy}>
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Text size="small" weight="plus" className="truncate">
            {variant.title ?? t("variantUntitled")}
          </Text>
          {variant.sku && (
            <Text size="xsmall" className="text-ui-fg-subtle font-mono">
              {variant.sku}
            </Text>
          )}
          <Badge size="2xsmall" color={policy ? "green" : "grey"}>
            {policy ? t("licensed") : t("notLicensed")}
          </Badge>
        </div>
        {policy && (
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Text size="small" className="text-ui-fg-subtle" data-testid="license-policy-summary">
              {t("policySummary", {
                devices: t("policyDevices", { count: policy.max_activations }),
                duration: policy.duration_days === null ? t("perpetual") : t("policyDays", { count: policy.duration_days }),
                prefix: policy.key_prefix,
              })}
            </Text>
            {policy.transferable && <Badge size="2xsmall">{t("transferable")}</Badge>}
            {policy.suspend_on_refund && <Badge size="2xsmall">{t("suspendOnRefund")}</Badge>}
          </div>
        )}
      </div>
      <div className="flex shrink-0 items-center gap-x-2">
        {policy && (
          <Button size="small" variant="danger" onClick={confirmDelete} isLoading={deletePolicy.isPending} data-testid="license-policy-delete">
            {t("deletePolicy")}
          </Button>
        )}
        <Button size="small" variant="secondary" onClick={onEdit} data-testid="license-policy-edit">
          {policy ? t("editPolicy") : t("addPolicy")}
        </Button>
      </div>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductLicensePolicyWidget
