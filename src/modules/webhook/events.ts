/**
 * Events of the webhook capability.
 * - `webhook.endpoint.disabled` `{ id, url, description, reason }`: an endpoint answered 410 or
 *   failed for `disable_after_days`; the merchant is told (admin notification and e-mail).
 * - `webhook.test` is the type of the test message the admin sends to one endpoint.
 */
export const WebhookEvents = {
  ENDPOINT_DISABLED: "webhook.endpoint.disabled",
  TEST: "webhook.test",
} as const
