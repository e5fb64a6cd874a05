import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Text } from "@medusajs/ui"

/** A period of calendar days as date inputs hold it: YYYY-MM-DD, "" for an open end. */
export type DayPeriod = { from: string; to: string }

type DayPeriodInputsProps = {
  period: DayPeriod
  onChange: (period: DayPeriod) => void
  labels: { period: string; from: string; to: string; clear: string }
  /** The data-testid of the group; its inputs get it with "-from" and "-to". */
  testId: string
  /** Sets `aria-invalid` on both inputs; left out, they have none. */
  invalid?: boolean
}

/** A period of days: a caption, two date inputs that keep their ends in order, and a button to drop both ends. */
export function DayPeriodInputs({ period, onChange, labels, testId, invalid }: DayPeriodInputsProps) {
  const dayInput = (end: keyof DayPeriod, bounds: { min?: string; max?: string }) => (
    <Input
      type="date"
      size="small"
      aria-label={labels[end]}
      value={period[end]}
      {...bounds}
      aria-invalid={invalid}
      onChange={(event) => onChange({ ...period, [end]: event.target.value })}
      data-testid={`${testId}-${end}`}
    />
  )
  return (
    <div className="flex items-center gap-x-2" role="group" aria-label={labels.period} data-testid={testId}>
      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
        {labels.period}
      </Text>
      {dayInput("from", { max: period.to || undefined })}
      <Text size="small" className="text-ui-fg-muted" aria-hidden>
        –
      </Text>
      {dayInput("to", { min: period.from || undefined })}
      {(period.from !== "" || period.to !== "") && (
        <IconButton size="small" variant="transparent" onClick={() => onChange({ from: "", to: "" })} aria-label={labels.clear}>
          <XMarkMini />
        </IconButton>
      )}
    </div>
  )
}
