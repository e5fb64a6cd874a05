import { Text } from "@medusajs/ui"

type WebhookCodeBlockProps = {
  label: string
  /** Shown as is: React escapes it, the <pre> keeps its lines. */
  code: string
  testId?: string
}

/** A titled, scrollable <pre> for payloads, headers and response bodies. */
export function WebhookCodeBlock({ label, code, testId }: WebhookCodeBlockProps) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
      <pre
        className="bg-ui-bg-subtle txt-compact-xsmall max-h-72 overflow-auto whitespace-pre-wrap break-all rounded-md px-3 py-2 font-mono"
        data-testid={testId}
      >
        {code}
      </pre>
    </div>
  )
}
