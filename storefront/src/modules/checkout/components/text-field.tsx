type Props = {
  name: string
  label: string
  defaultValue: string
  error?: string
  hint?: string
  type?: "text" | "email" | "tel"
  required?: boolean
  autoComplete?: string
  testId: string
}

export const inputClass =
  "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 focus:border-brand-500 focus:outline-none aria-[invalid=true]:border-deal-500"

/** A labelled input with its hint and its error (from the server, in the visitor's language). */
export default function TextField({ name, label, defaultValue, error, hint, type = "text", required, autoComplete, testId }: Props) {
  const id = name.replace(".", "-")
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        maxLength={type === "email" ? 254 : 200}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        className={inputClass}
        data-testid={testId}
      />
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} data-testid={`${testId}-error`} className="mt-1 text-sm text-deal-500">{error}</p>
      )}
    </div>
  )
}
