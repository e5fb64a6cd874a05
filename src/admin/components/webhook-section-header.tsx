import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type WebhookSectionHeaderProps = {
  title: string
  description?: string
  /** Buttons on the right of the title. */
  actions?: ReactNode
}

/** The title, description and buttons at the top of a section of the webhook page. */
export function WebhookSectionHeader({ title, description, actions }: WebhookSectionHeaderProps) {
  return (
    <div className="flex items-start justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">{title}</Heading>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
    </div>
  )
}

/** One "label: value" line of a section, laid out like the admin's detail pages. */
export function WebhookSectionRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4" data-testid={testId}>
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-compact-small min-w-0 break-words">{children}</div>
    </div>
  )
}
