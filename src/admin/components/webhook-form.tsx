import { Drawer, Heading, Input, Text, toast } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { useFormValues } from "../hooks/form-values"
import { useCreateWebhook, useUpdateWebhook } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import {
  changedWebhookFields,
  toCreateWebhookBody,
  toWebhookFields,
  toWebhookFormValues,
  validateWebhookForm,
} from "../lib/webhook-form-values"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FormField } from "./form-field"
import { WebhookEventPicker } from "./webhook-event-picker"
import { WebhookHeaderFields } from "./webhook-header-fields"
import { WebhookTemplateFields } from "./webhook-template-fields"

type WebhookFormProps = {
  /** The endpoint to edit; absent to create one. */
  webhook?: AdminWebhookEndpoint
  /** Called once saved, with the endpoint the server returned (none when nothing changed). */
  onDone: (saved: AdminWebhookEndpoint | null) => void
}

/** The body and footer of the endpoint drawer: every field, checked, then saved. */
export function WebhookForm({ webhook, onDone }: WebhookFormProps) {
  const { t } = useWebhookTranslation()
  const { initial, values, errors, set, errorOf, check } = useFormValues(() => toWebhookFormValues(webhook), validateWebhookForm, t)
  const createWebhook = useCreateWebhook()
  const updateWebhook = useUpdateWebhook()
  const isSaving = createWebhook.isPending || updateWebhook.isPending

  // A 4xx carries the server's reason ("URL must use https"): shown as is.
  const onFailure = (error: unknown) => toast.error(errorMessage(error, t("errorUnknown")))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!check()) {
      return
    }
    const fields = toWebhookFields(values)
    if (!webhook) {
      createWebhook.mutate(toCreateWebhookBody(fields), {
        onSuccess: (created) => {
          toast.success(t("toastCreated"))
          onDone(created)
        },
        onError: onFailure,
      })
      return
    }
    // Comparing converted values ignores differences the form cannot express, so untouched fields are never sent.
    const changes = changedWebhookFields(toWebhookFields(initial), fields)
    if (Object.keys(changes).length === 0) {
      onDone(null)
      return
    }
    updateWebhook.mutate(
      { id: webhook.id, body: changes },
      {
        onSuccess: (saved) => {
          toast.success(t("toastSaved"))
          onDone(saved)
        },
        onError: onFailure,
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate data-testid="webhook-form">
      <Drawer.Body className="flex flex-1 flex-col gap-y-8 overflow-y-auto">
        <div className="flex flex-col gap-y-4">
          <FormField id="webhook-url" label={t("url")} hint={t("urlHint")} error={errorOf("url")}>
            <Input
              id="webhook-url"
              type="url"
              placeholder="https://"
              value={values.url}
              aria-invalid={errors.url ? true : undefined}
              onChange={(event) => set("url", event.target.value)}
              data-testid="webhook-url"
            />
          </FormField>
          <FormField id="webhook-description" label={t("description")} labelSuffix={t("optional")}>
            <Input
              id="webhook-description"
              value={values.description}
              maxLength={500}
              onChange={(event) => set("description", event.target.value)}
              data-testid="webhook-description"
            />
          </FormField>
        </div>

        <Section title={t("eventTypes")} hint={t("eventTypesHint")} error={errorOf("event_types")}>
          <WebhookEventPicker selection={values.event_types} onChange={(eventTypes) => set("event_types", eventTypes)} />
        </Section>

        <Section title={t("headers")} hint={t("headersHint")} error={errorOf("headers")}>
          <WebhookHeaderFields rows={values.headers} onChange={(headers) => set("headers", headers)} />
        </Section>

        <FormField id="webhook-timeout" label={t("timeout")} hint={t("timeoutHint")} error={errorOf("timeout_seconds")}>
          <Input
            id="webhook-timeout"
            type="number"
            min={1}
            step={1}
            className="max-w-[160px]"
            value={values.timeout_seconds}
            aria-invalid={errors.timeout_seconds ? true : undefined}
            onChange={(event) => set("timeout_seconds", event.target.value)}
            data-testid="webhook-timeout"
          />
        </FormField>

        <Section title={t("payloadTemplate")} hint={t("payloadTemplateHint")} error={errorOf("payload_template")}>
          <WebhookTemplateFields rows={values.payload_template} onChange={(rows) => set("payload_template", rows)} />
        </Section>
      </Drawer.Body>
      <DrawerFormFooter isSaving={isSaving} cancelLabel={t("cancel")} saveLabel={t("save")} saveTestId="webhook-save" />
    </form>
  )
}

function Section({ title, hint, error, children }: { title: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-y-1">
        <Heading level="h3">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
      {children}
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </section>
  )
}
