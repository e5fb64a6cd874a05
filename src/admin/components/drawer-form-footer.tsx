import { Button, Drawer } from "@medusajs/ui"

type DrawerFormFooterProps = {
  isSaving: boolean
  cancelLabel: string
  saveLabel: string
  saveTestId: string
}

/** The footer of a drawer form: a cancel button that closes the drawer and the form's submit button. */
export function DrawerFormFooter({ isSaving, cancelLabel, saveLabel, saveTestId }: DrawerFormFooterProps) {
  return (
    <Drawer.Footer>
      <Drawer.Close asChild>
        <Button type="button" size="small" variant="secondary" disabled={isSaving}>
          {cancelLabel}
        </Button>
      </Drawer.Close>
      <Button type="submit" size="small" isLoading={isSaving} data-testid={saveTestId}>
        {saveLabel}
      </Button>
    </Drawer.Footer>
  )
}
