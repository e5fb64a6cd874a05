import { MedusaError } from "@medusajs/framework/utils"
import { render, toPlainText } from "@react-email/render"
import type { ShopIdentity } from "./options"
import { emailTemplates, findEmailTemplate } from "./templates"
import { TEXT_ROW_CLASS } from "./templates/layout"

const plainTextOptions = {
  selectors: [
    { selector: `table.${TEXT_ROW_CLASS}`, format: "dataTable", options: { colSpacing: 3, uppercaseHeaderCells: false } },
    { selector: "h1", options: { uppercase: false } },
  ],
}

/** An e-mail ready to send. */
export type RenderedEmail = { subject: string; html: string; text: string }

/**
 * Renders the template `name` with `data` (see ./types.ts) to a subject, HTML and plain text.
 * Throws INVALID_DATA for an unknown template or data the template cannot use.
 */
export async function renderEmail(name: string, data: unknown, shop: ShopIdentity): Promise<RenderedEmail> {
  const template = findEmailTemplate(name)
  if (!template) {
    const known = emailTemplates.map((known) => known.name).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown e-mail template "${name}": known templates are ${known}`)
  }
  const { subject, element } = template.compose(data, shop)
  const html = await render(element)
  // render(element, { plainText: true }) would render the React tree a second time only to
  // convert the same HTML with toPlainText: convert the HTML we have.
  return { subject, html, text: toPlainText(html, plainTextOptions) }
}
