import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"

type Props = {
  isError: boolean
  error: unknown
  /** "Could not load …", in the widget's language. */
  loadError: string
  unknownError: string
  testId?: string
}

/** A widget's body while its data loads, or once loading failed (with the reason). */
export function WidgetLoadState({ isError, error, loadError, unknownError, testId }: Props) {
  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid={testId}>
        {`${loadError}: ${errorMessage(error, unknownError)}`}
      </Text>
    )
  }
  return (
    <div className="px-6 py-4">
      <div className="bg-ui-bg-component h-16 animate-pulse rounded-md" />
    </div>
  )
}
