// The e-mails the store sent during the end-to-end run, from MailDev's API (MAILBOX_URL).
import assert from "node:assert/strict"

export const MAILBOX_URL = process.env.MAILBOX_URL || "http://localhost:1180"

/**
 * Waits (up to ~20 s) until `count` e-mails to `to` have a matching subject, and returns the
 * newest (subject, html, text): a newer verification link replaces the older ones.
 */
export async function waitForEmail(to, subject, count = 1) {
  for (let attempt = 0; attempt < 80; attempt++) {
    const emails = await fetch(`${MAILBOX_URL}/api/email`).then((response) => response.json())
    const found = emails.filter((email) => email.to?.some(({ address }) => address === to) && subject.test(email.subject ?? ""))
    if (found.length >= count) return found.at(-1)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.fail(`fewer than ${count} e-mails to ${to} with a subject matching ${subject}`)
}

/** The first link of the e-mail that leads to `pathPart` (the storefront page the e-mail sends to). */
export function linkIn(email, pathPart) {
  const href = [...email.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&")).find((url) => url.includes(pathPart))
  assert.ok(href, `no link to ${pathPart} in "${email.subject}"`)
  return href
}
