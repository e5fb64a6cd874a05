import { ArrowRight } from "@medusajs/icons"
import { Input } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import { newTemplateRow, type TemplateRow } from "../lib/webhook-form-values"
import { RowListFields } from "./row-list-fields"

type WebhookTemplateFieldsProps = {
  rows: TemplateRow[]
  onChange: (rows: TemplateRow[]) => void
}

/** Edits the payload template as "path in the event → key" rows; no row sends the full event. */
export function WebhookTemplateFields({ rows, onChange }: WebhookTemplateFieldsProps) {
  const { t } = useWebhookTranslation()
  return (
    <RowListFields
      rows={rows}
      onChange={onChange}
      newRow={newTemplateRow}
      addLabel={t("addTemplateField")}
      removeLabel={t("removeTemplateField")}
      rowTestId="webhook-template-row"
      addTestId="webhook-template-add"
      renderRow={(row, index, update) => (
        <>
          <Input
            size="small"
            className="flex-1 font-mono"
            placeholder="data.email"
            aria-label={`${t("templateFrom")} ${index + 1}`}
            value={row.from}
            onChange={(event) => update({ from: event.target.value })}
          />
          <ArrowRight className="text-ui-fg-muted shrink-0" aria-hidden />
          <Input
            size="small"
            className="flex-1 font-mono"
            placeholder="email"
            aria-label={`${t("templateTo")} ${index + 1}`}
            value={row.to}
            onChange={(event) => update({ to: event.target.value })}
          />
        </>
      )}
    />
  )
}
