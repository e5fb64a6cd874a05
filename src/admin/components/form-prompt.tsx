import { Button, clx, Prompt } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormPromptProps = {
  open: boolean
  onClose: () => void
  /** While the confirmed request runs: the prompt stays open and its buttons wait. */
  isPending: boolean
  testId: string
  title: string
  description: string
  cancelLabel: string
  confirmLabel: string
  confirmTestId: string
  confirmVariant?: "primary" | "danger"
  onConfirm: () => void
  /** Classes added to the padded box around the fields. */
  bodyClassName?: string
  /** The fields, between the header and the buttons. */
  children: ReactNode
}

/** A prompt asking for a few fields before an action: title and description, the fields, then cancel and confirm buttons. */
export function FormPrompt({
  open,
  onClose,
  isPending,
  testId,
  title,
  description,
  cancelLabel,
  confirmLabel,
  confirmTestId,
  confirmVariant = "primary",
  onConfirm,
  bodyClassName,
  children,
}: FormPromptProps) {
  return (
    <Prompt open={open} onOpenChange={(next) => !next && !isPending && onClose()}>
      <Prompt.Content data-testid={testId}>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <div className={clx(bodyClassName, "px-6 pb-6")}>{children}</div>
        <Prompt.Footer>
          <Button size="small" variant="secondary" onClick={onClose} disabled={isPending}>
            {cancelLabel}
          </Button>
          <Button size="small" variant={confirmVariant} onClick={onConfirm} isLoading={isPending} data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
