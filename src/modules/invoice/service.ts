import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Invoice } from "./models/invoice"
import { InvoiceSequence } from "./models/invoice-sequence"
import { formatDocumentNumber, numberingYear } from "./numbering"
import { parseInvoiceOptions, type ResolvedInvoiceOptions } from "./options"
import type { IssueInvoiceInput } from "./types"

const DAY = 24 * 60 * 60 * 1000

type IssuedDocument = { id: string; number: string }

/** Invoices and credit notes: gap-free numbering, frozen content, status. */
class InvoiceModuleService extends MedusaService({ Invoice, InvoiceSequence }) {
  protected readonly options_: ResolvedInvoiceOptions

  constructor(container: Record<string, unknown>, options?: { invoices?: unknown }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseInvoiceOptions(options?.invoices)
  }

  /**
   * Numbers and stores an invoice or credit note in one transaction: the next number of its
   * kind and year, the seller from the options, the due date from the payment terms. A second
   * invoice for the same order (or credit note for the same refund) is refused by the
   * database, and its transaction gives the number back.
   */
  @InjectManager()
  async issueDocument(input: IssueInvoiceInput, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<IssuedDocument> {
    // The unique indexes answer at commit, after issueDocument_ returned: map their refusal here.
    return await this.issueDocument_(input, sharedContext).catch((error: unknown) => {
      if (MedusaError.isMedusaError(error) && /already exists/.test((error as Error).message)) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          input.kind === "invoice" ? `Order ${input.order_id} already has an invoice` : `${input.credit_reference} already has a credit note`
        )
      }
      throw error
    })
  }

  @InjectTransactionManager()
  protected async issueDocument_(input: IssueInvoiceInput, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<IssuedDocument> {
    const manager = sharedContext.transactionManager as EntityManager
    // Workflows hand dates over serialized: accept an ISO string as well.
    const issuedAt = new Date(input.issued_at)
    const year = numberingYear(issuedAt)
    const [{ last_number }] = (await manager.execute(
      `INSERT INTO invoice_sequence (id, kind, year, last_number, created_at, updated_at)
       VALUES ('invseq_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, 1, now(), now())
       ON CONFLICT (kind, year) WHERE deleted_at IS NULL DO UPDATE SET last_number = invoice_sequence.last_number + 1, updated_at = now()
       RETURNING last_number`,
      // A random id: only the (kind, year) index may conflict, so racing first issuers queue on it.
      [input.kind, year]
    )) as { last_number: number }[]
    const sequence = Number(last_number)
    const number = formatDocumentNumber(input.kind, year, sequence)
    const created = await this.createInvoices(
      {
        ...input,
        number,
        year,
        sequence,
        seller: this.options_.seller,
        issued_at: issuedAt,
        due_at: new Date(issuedAt.getTime() + this.options_.payment_terms_days * DAY),
        lines: input.lines as unknown as Record<string, unknown>,
        tax_breakdown: input.tax_breakdown as unknown as Record<string, unknown>,
        buyer: input.buyer as unknown as Record<string, unknown>,
      },
      sharedContext
    )
    return { id: created.id, number }
  }
}

export default InvoiceModuleService
