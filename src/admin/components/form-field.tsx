import { Hint, Label, Switch, Text, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  id: string
  label: string
  /** Shown next to the label, e.g. "Optional". */
  labelSuffix?: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A label, its control, and the hint or error under it, laid out like the admin's own forms. */
export function FormField({ id, label, labelSuffix, hint, error, children }: FormFieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {labelSuffix && (
          <Text as="span" size="small" className="text-ui-fg-muted ml-1 font-normal">
            ({labelSuffix})
          </Text>
        )}
      </Label>
      {children}
      {error ? <Hint variant="error">{error}</Hint> : hint && <Hint>{hint}</Hint>}
    </div>
  )
}

type TextareaFieldProps = Omit<FormFieldProps, "children"> & {
  value: string
  onChange: (value: string) => void
  rows: number
  maxLength: number
  testId?: string
}

/** A labelled multi-line text field. */
export function TextareaField({ value, onChange, rows, maxLength, testId, ...field }: TextareaFieldProps) {
  return (
    <FormField {...field}>
      <Textarea
        id={field.id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </FormField>
  )
}

type SwitchFieldProps = {
  id: string
  label: string
  hint?: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
}

/** A switch with its label and an optional hint under it; the id is also its test id. */
export function SwitchField({ id, label, hint, checked, onCheckedChange }: SwitchFieldProps) {
  return (
    <div className="flex items-start gap-x-3">
      <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} data-testid={id} />
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        {hint && <Hint>{hint}</Hint>}
      </div>
    </div>
  )
}
