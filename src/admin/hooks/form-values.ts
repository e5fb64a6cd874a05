import { toast } from "@medusajs/ui"
import { useState } from "react"

/**
 * The values a form edits, those it opened with, and the errors of its last check: message keys shown
 * through `translate`, whose "errorForm" says in a toast that the form needs fixing.
 */
export function useFormValues<Values extends object, MessageKey extends string>(
  toInitial: () => Values,
  validate: (values: Values) => Partial<Record<keyof Values, MessageKey>>,
  translate: (key: NoInfer<MessageKey> | "errorForm") => string
) {
  const [initial] = useState(toInitial)
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof Values, MessageKey>>>({})

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }))
  const errorOf = (key: keyof Values) => (errors[key] ? translate(errors[key]) : undefined)
  /** Checks the values and shows what is wrong; true when they can be saved. */
  const check = () => {
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      toast.error(translate("errorForm"))
      return false
    }
    return true
  }
  return { initial, values, errors, set, errorOf, check }
}
