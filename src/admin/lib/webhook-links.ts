/** The Webhooks settings page, in the admin's router. */
export const WEBHOOKS_PATH = "/settings/webhooks"

/** One endpoint's page, in the admin's router (the "disabled" e-mail links to it too). */
export const webhookDetailPath = (id: string) => `${WEBHOOKS_PATH}/${encodeURIComponent(id)}`
