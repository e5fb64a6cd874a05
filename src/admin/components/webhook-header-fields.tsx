import { Input } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import { newHeaderRow, type HeaderRow } from "../lib/webhook-form-values"
import { RowListFields } from "./row-list-fields"

type WebhookHeaderFieldsProps = {
  rows: HeaderRow[]
  onChange: (rows: HeaderRow[]) => void
}

/** Edits an endpoint's custom headers as name/value rows that can be added and removed. */
export function WebhookHeaderFields({ rows, onChange }: WebhookHeaderFieldsProps) {
  const { t } = useWebhookTranslation()
  return (
    <RowListFields
      rows={rows}
      onChange={onChange}
      newRow={newHeaderRow}
      addLabel={t("addHeader")}
      removeLabel={t("removeHeader")}
      rowTestId="webhook-header-row"
      addTestId="webhook-header-add"
      renderRow={(row, index, update) => (
        <>
          <Input
            size="small"
            className="flex-1 font-mono"
            placeholder={t("headerName")}
            aria-label={`${t("headerName")} ${index + 1}`}
            value={row.name}
            onChange={(event) => update({ name: event.target.value })}
          />
          <Input
            size="small"
            className="flex-1"
            placeholder={t("headerValue")}
            aria-label={`${t("headerValue")} ${index + 1}`}
            value={row.value}
            onChange={(event) => update({ value: event.target.value })}
          />
        </>
      )}
    />
  )
}
