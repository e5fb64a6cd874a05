import { CodeBlock, Container } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import { VERIFY_SNIPPET } from "../lib/webhook-format"
import { WebhookSectionHeader } from "./webhook-section-header"

/** How a receiver checks the signature, in Node with the standardwebhooks npm package. */
export function WebhookVerifySnippet() {
  const { t } = useWebhookTranslation()
  return (
    <Container className="flex flex-col p-0" data-testid="webhook-verify-snippet">
      <WebhookSectionHeader title={t("verifyTitle")} description={t("verifyDescription")} />
      <div className="px-6 pb-6">
        <CodeBlock snippets={[{ label: "Node.js", language: "javascript", code: VERIFY_SNIPPET }]}>
          <CodeBlock.Header />
          <CodeBlock.Body />
        </CodeBlock>
      </div>
    </Container>
  )
}
