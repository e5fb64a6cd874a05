import { Drawer, Heading, Input, Text, Textarea, toast } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { useCreateDeal, useUpdateDeal } from "../hooks/deals"
import { useFormValues } from "../hooks/form-values"
import {
  changedContent,
  toDealContent,
  toFormValues,
  validateDealForm,
  type DealFormValues,
} from "../lib/deal-form-values"
import type { Deal } from "../lib/deal-types"
import { errorMessage } from "../lib/error-message"
import { useDealTranslation } from "../lib/i18n"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FaqFields } from "./faq-fields"
import { FormField, SwitchField } from "./form-field"

type DealFormProps = {
  productId: string
  /** The deal to edit; absent to create the product's deal. */
  deal?: Deal
  onDone: () => void
}

type TextKey = {
  [K in keyof DealFormValues]: DealFormValues[K] extends string ? K : never
}[keyof DealFormValues]

/** The body and footer of the deal drawer: every content field, validated, then saved. */
export function DealForm({ productId, deal, onDone }: DealFormProps) {
  const { t } = useDealTranslation()
  const { initial, values, errors, set, errorOf, check } = useFormValues(() => toFormValues(deal), validateDealForm, t)
  const createDeal = useCreateDeal()
  const updateDeal = useUpdateDeal()
  const isSaving = createDeal.isPending || updateDeal.isPending

  const textProps = (key: TextKey) => ({
    id: `deal-${key}`,
    name: key,
    value: values[key],
    "aria-invalid": errors[key] ? true : undefined,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  })

  const onFailure = (error: unknown) => toast.error(errorMessage(error, t("errorUnknown")))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!check()) {
      return
    }
    // Comparing converted values (not the raw deal) ignores differences the form cannot express,
    // such as the seconds of a date, so untouched fields are never sent.
    const changes = changedContent(toDealContent(initial), toDealContent(values))
    const onSaved = (message: string) => () => {
      toast.success(message)
      onDone()
    }
    if (!deal) {
      createDeal.mutate(
        { product_id: productId, ...changes },
        { onSuccess: onSaved(t("toastCreated")), onError: onFailure }
      )
    } else if (Object.keys(changes).length === 0) {
      onDone()
    } else {
      updateDeal.mutate(
        { id: deal.id, body: changes },
        { onSuccess: onSaved(t("toastSaved")), onError: onFailure }
      )
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Body className="flex flex-1 flex-col gap-y-8 overflow-y-auto">
        <div className="flex flex-col gap-y-4">
          <FormField id="deal-subtitle" label={t("subtitle")} labelSuffix={t("optional")}>
            <Input {...textProps("subtitle")} />
          </FormField>
          <FormField id="deal-highlights" label={t("highlights")} hint={t("linesHint")}>
            <Textarea rows={4} {...textProps("highlights")} />
          </FormField>
          <FormField id="deal-included" label={t("included")} hint={t("linesHint")}>
            <Textarea rows={4} {...textProps("included")} />
          </FormField>
          <FormField id="deal-how_it_works" label={t("howItWorks")} labelSuffix={t("optional")}>
            <Textarea rows={4} {...textProps("how_it_works")} />
          </FormField>
          <FormField id="deal-conditions" label={t("conditions")} labelSuffix={t("optional")}>
            <Textarea rows={4} {...textProps("conditions")} />
          </FormField>
        </div>

        <Section title={t("faq")}>
          <FaqFields rows={values.faq} onChange={(faq) => set("faq", faq)} />
          {errors.faq && <Text size="small" className="text-ui-fg-error">{t(errors.faq)}</Text>}
        </Section>

        <Section title={t("schedule")}>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormField id="deal-starts_at" label={t("startsAt")} labelSuffix={t("optional")}>
              <Input type="datetime-local" {...textProps("starts_at")} />
            </FormField>
            <FormField
              id="deal-ends_at"
              label={t("endsAt")}
              labelSuffix={t("optional")}
              error={errorOf("ends_at")}
            >
              <Input type="datetime-local" {...textProps("ends_at")} />
            </FormField>
          </div>
        </Section>

        <Section title={t("quantities")}>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormField id="deal-min_quantity" label={t("minQuantity")} error={errorOf("min_quantity")}>
              <Input type="number" min={1} step={1} {...textProps("min_quantity")} />
            </FormField>
            <FormField
              id="deal-max_quantity"
              label={t("maxQuantity")}
              labelSuffix={t("optional")}
              error={errorOf("max_quantity")}
            >
              <Input type="number" min={1} step={1} {...textProps("max_quantity")} />
            </FormField>
          </div>
        </Section>

        <Section title={t("location")}>
          <FormField id="deal-location_address" label={t("address")} labelSuffix={t("optional")}>
            <Input {...textProps("location_address")} />
          </FormField>
          <FormField id="deal-location_city" label={t("city")} labelSuffix={t("optional")}>
            <Input {...textProps("location_city")} />
          </FormField>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormField
              id="deal-location_lat"
              label={t("latitude")}
              labelSuffix={t("optional")}
              error={errorOf("location_lat")}
            >
              <Input type="number" step="any" min={-90} max={90} {...textProps("location_lat")} />
            </FormField>
            <FormField
              id="deal-location_lng"
              label={t("longitude")}
              labelSuffix={t("optional")}
              error={errorOf("location_lng")}
            >
              <Input type="number" step="any" min={-180} max={180} {...textProps("location_lng")} />
            </FormField>
          </div>
        </Section>

        <Section title={t("visibility")}>
          <SwitchField
            id="deal-is_featured"
            label={t("featured")}
            hint={t("featuredHint")}
            checked={values.is_featured}
            onCheckedChange={(checked) => set("is_featured", checked)}
          />
          <SwitchField
            id="deal-is_deal_of_day"
            label={t("dealOfDay")}
            hint={t("dealOfDayHint")}
            checked={values.is_deal_of_day}
            onCheckedChange={(checked) => set("is_deal_of_day", checked)}
          />
        </Section>
      </Drawer.Body>
      <DrawerFormFooter isSaving={isSaving} cancelLabel={t("cancel")} saveLabel={t("save")} saveTestId="deal-save" />
    </form>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-y-4">
      <Heading level="h3">{title}</Heading>
      {children}
    </section>
  )
}
