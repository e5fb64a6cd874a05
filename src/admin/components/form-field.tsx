import { Hint, Label, Text } from "@medusajs/ui"
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
