import { Drawer, Heading, Input, Text, toast } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useFormValues } from "../hooks/form-values"
import { useCreateLicensePolicy, useUpdateLicensePolicy } from "../hooks/licenses"
import { errorMessage } from "../lib/error-message"
import { useLicenseTranslation } from "../lib/i18n"
import {
  changedPolicyFields,
  DURATION_DAYS_RANGE,
  MAX_ACTIVATIONS_RANGE,
  toLicensePolicyBody,
  toLicensePolicyFormValues,
  validateLicensePolicyForm,
} from "../lib/license-format"
import type { AdminLicensePolicy } from "../lib/license-types"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FormField, SwitchField } from "./form-field"

type LicensePolicyFormProps = {
  variantId: string
  /** The policy to edit; absent to license the variant. */
  policy?: AdminLicensePolicy
  onDone: () => void
}

type TextKey = "max_activations" | "duration_days" | "key_prefix"

/** The body and footer of the license-policy drawer: limits, duration, prefix and rules, validated, then saved. */
export function LicensePolicyForm({ variantId, policy, onDone }: LicensePolicyFormProps) {
  const { t } = useLicenseTranslation()
  const { initial, values, errors, set, errorOf, check } = useFormValues(
    () => toLicensePolicyFormValues(policy),
    validateLicensePolicyForm,
    t
  )
  const createPolicy = useCreateLicensePolicy()
  const updatePolicy = useUpdateLicensePolicy()
  const isSaving = createPolicy.isPending || updatePolicy.isPending

  const textProps = (key: TextKey) => ({
    id: `license-policy-${key}`,
    name: key,
    value: values[key],
    "aria-invalid": errors[key] ? true : undefined,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    "data-testid": `license-policy-${key}`,
  })

  const onError = (failure: unknown) => toast.error(errorMessage(failure, t("errorUnknown")))
  const onSaved = (message: string) => () => {
    toast.success(message)
    onDone()
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!check()) {
      return
    }
    const body = toLicensePolicyBody(values)
    if (!policy) {
      createPolicy.mutate({ variant_id: variantId, ...body }, { onSuccess: onSaved(t("toastPolicyCreated")), onError })
      return
    }
    const changes = changedPolicyFields(toLicensePolicyBody(initial), body)
    if (Object.keys(changes).length === 0) {
      onDone()
      return
    }
    updatePolicy.mutate({ id: policy.id, body: changes }, { onSuccess: onSaved(t("toastPolicySaved")), onError })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate data-testid="license-policy-form">
      <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
        <FormField id="license-policy-max_activations" label={t("maxActivations")} hint={t("maxActivationsHint")} error={errorOf("max_activations")}>
          <Input type="number" min={MAX_ACTIVATIONS_RANGE.min} max={MAX_ACTIVATIONS_RANGE.max} step={1} {...textProps("max_activations")} />
        </FormField>

        <section className="flex flex-col gap-y-4">
          <Heading level="h3">{t("duration")}</Heading>
          <SwitchField
            id="license-policy-perpetual"
            label={t("durationPerpetual")}
            checked={values.perpetual}
            onCheckedChange={(checked) => set("perpetual", checked)}
          />
          {!values.perpetual && (
            <FormField id="license-policy-duration_days" label={t("durationDays")} hint={t("durationHint")} error={errorOf("duration_days")}>
              <Input type="number" min={DURATION_DAYS_RANGE.min} max={DURATION_DAYS_RANGE.max} step={1} {...textProps("duration_days")} />
            </FormField>
          )}
        </section>

        <FormField id="license-policy-key_prefix" label={t("keyPrefix")} hint={t("keyPrefixHint")} error={errorOf("key_prefix")}>
          <Input maxLength={12} className="font-mono uppercase" {...textProps("key_prefix")} />
        </FormField>

        <SwitchField
          id="license-policy-transferable"
          label={t("transferable")}
          hint={t("transferableHint")}
          checked={values.transferable}
          onCheckedChange={(checked) => set("transferable", checked)}
        />
        <SwitchField
          id="license-policy-suspend_on_refund"
          label={t("suspendOnRefund")}
          hint={t("suspendOnRefundHint")}
          checked={values.suspend_on_refund}
          onCheckedChange={(checked) => set("suspend_on_refund", checked)}
        />

        {policy && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("policyChangesHint")}
          </Text>
        )}
      </Drawer.Body>
      <DrawerFormFooter isSaving={isSaving} cancelLabel={t("cancel")} saveLabel={t("save")} saveTestId="license-policy-save" />
    </form>
  )
}
