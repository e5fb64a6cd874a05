import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type PageHeaderProps = {
  title: string
  description: string
  /** Buttons on the right of the title. */
  actions?: ReactNode
  /** Shown under the title, e.g. a progress bar. */
  children?: ReactNode
}

/** The title and description at the top of our pages' container. */
export function PageHeader({ title, description, actions, children }: PageHeaderProps) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        </div>
        {actions}
      </div>
      {children}
    </div>
  )
}
