import { Input, Label, Textarea } from "@medusajs/ui"
import { newFaqRow, type FaqRow } from "../lib/deal-form-values"
import { useDealTranslation } from "../lib/i18n"
import { RowListFields } from "./row-list-fields"

type FaqFieldsProps = {
  rows: FaqRow[]
  onChange: (rows: FaqRow[]) => void
}

/** Edits the FAQ as a list of question/answer pairs that can be added and removed. */
export function FaqFields({ rows, onChange }: FaqFieldsProps) {
  const { t } = useDealTranslation()
  return (
    <RowListFields
      rows={rows}
      onChange={onChange}
      newRow={newFaqRow}
      addLabel={t("addQuestion")}
      removeLabel={t("removeQuestion")}
      rowTestId="deal-faq-entry"
      addTestId="deal-faq-add"
      className="flex flex-col gap-y-3"
      rowClassName="bg-ui-bg-component shadow-borders-base flex gap-x-2 rounded-lg p-3"
      renderRow={(row, index, update) => (
        <div className="flex flex-1 flex-col gap-y-2">
          <Label htmlFor={`deal-faq-question-${row.key}`} size="xsmall" className="sr-only">
            {`${t("question")} ${index + 1}`}
          </Label>
          <Input
            id={`deal-faq-question-${row.key}`}
            size="small"
            placeholder={t("question")}
            value={row.question}
            onChange={(event) => update({ question: event.target.value })}
          />
          <Label htmlFor={`deal-faq-answer-${row.key}`} size="xsmall" className="sr-only">
            {`${t("answer")} ${index + 1}`}
          </Label>
          <Textarea
            id={`deal-faq-answer-${row.key}`}
            rows={2}
            placeholder={t("answer")}
            value={row.answer}
            onChange={(event) => update({ answer: event.target.value })}
          />
        </div>
      )}
    />
  )
}
