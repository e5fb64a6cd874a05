import { Button, Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type DetailDrawerProps<Item> = {
  open: boolean
  onClose: () => void
  testId: string
  title: string
  /** Read out to screen readers only. */
  description: string
  /** The record to show; a placeholder stands in while it is undefined or loading. */
  record: Item | undefined
  isPending: boolean
  /** Why the record could not be loaded, shown instead of it; null when it was. */
  errorText: string | null
  /** The body, given the loaded record. */
  children: (record: Item) => ReactNode
  /** The footer, usually a `DrawerCloseFooter`; none when omitted. */
  footer?: ReactNode
}

/** A drawer showing one record fetched by id: a titled header, the record (or its loading or error state) and a footer. */
export function DetailDrawer<Item>({
  open,
  onClose,
  testId,
  title,
  description,
  record,
  isPending,
  errorText,
  children,
  footer,
}: DetailDrawerProps<Item>) {
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid={testId}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {errorText !== null ? (
            <Text size="small" className="text-ui-fg-error">
              {errorText}
            </Text>
          ) : isPending || !record ? (
            <div className="bg-ui-bg-component h-32 animate-pulse rounded-md" />
          ) : (
            children(record)
          )}
        </Drawer.Body>
        {footer}
      </Drawer.Content>
    </Drawer>
  )
}

type DrawerCloseFooterProps = { closeLabel: string; onClose: () => void; children?: ReactNode }

/** The footer of a `DetailDrawer`: a button that closes it, then the record's actions (`children`). */
export function DrawerCloseFooter({ closeLabel, onClose, children }: DrawerCloseFooterProps) {
  return (
    <Drawer.Footer>
      <Button size="small" variant="secondary" onClick={onClose}>
        {closeLabel}
      </Button>
      {children}
    </Drawer.Footer>
  )
}

type DrawerNoteProps = { label: string; testId: string; children: ReactNode }

/** A titled note in a drawer's body, such as the reason a record was suspended or rejected; line breaks are kept. */
export function DrawerNote({ label, testId, children }: DrawerNoteProps) {
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md px-3 py-2" data-testid={testId}>
      <Text size="small" weight="plus">
        {label}
      </Text>
      <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap break-words">
        {children}
      </Text>
    </div>
  )
}
