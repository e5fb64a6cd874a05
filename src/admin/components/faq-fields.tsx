import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Textarea } from "@medusajs/ui"
import { newFaqRow, type FaqRow } from "../lib/deal-form-values"
import { useDealTranslation } from "../lib/i18n"

type FaqFieldsProps = {
  rows: FaqRow[]
  onChange: (rows: FaqRow[]) => void
}

/** Edits the FAQ as a list of question/answer pairs that can be added and removed. */
export function FaqFields({ rows, onChange }: FaqFieldsProps) {
  const { t } = useDealTranslation()

  const update = (key: number, patch: Partial<Omit<FaqRow, "key">>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <div className="flex flex-col gap-y-3">
      {rows.map((row, index) => (
        <div
          key={row.key}
          className="bg-ui-bg-component shadow-borders-base flex gap-x-2 rounded-lg p-3"
          data-testid="deal-faq-entry"
        >
          <div className="flex flex-1 flex-col gap-y-2">
            <Label htmlFor={`deal-faq-question-${row.key}`} size="xsmall" className="sr-only">
              {`${t("question")} ${index + 1}`}
            </Label>
            <Input
              id={`deal-faq-question-${row.key}`}
              size="small"
              placeholder={t("question")}
              value={row.question}
              onChange={(event) => update(row.key, { question: event.target.value })}
            />
            <Label htmlFor={`deal-faq-answer-${row.key}`} size="xsmall" className="sr-only">
              {`${t("answer")} ${index + 1}`}
            </Label>
            <Textarea
              id={`deal-faq-answer-${row.key}`}
              rows={2}
              placeholder={t("answer")}
              value={row.answer}
              onChange={(event) => update(row.key, { answer: event.target.value })}
            />
          </div>
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={t("removeQuestion")}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <Button
        type="button"
        size="small"
        variant="secondary"
        className="self-start"
        onClick={() => onChange([...rows, newFaqRow()])}
        data-testid="deal-faq-add"
      >
        {t("addQuestion")}
      </Button>
    </div>
  )
}
