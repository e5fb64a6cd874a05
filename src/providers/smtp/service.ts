import type { NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import type SMTPPool from "nodemailer/lib/smtp-pool"
import { parseSmtpOptions, type ResolvedSmtpOptions, type SmtpProviderOptions } from "./options"
import { renderEmail } from "./render"

/**
 * Sends Medusa notifications of the `email` channel through an SMTP server with nodemailer,
 * rendering `notification.template` (see ./templates) in the data's locale.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  private readonly options_: ResolvedSmtpOptions
  private readonly transporter_: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>

  /** Called by Medusa when it loads the provider: names every wrong option. */
  static validateOptions(options: Record<string, unknown>): void {
    parseSmtpOptions(options)
  }

  constructor(_container: Record<string, unknown>, options: SmtpProviderOptions) {
    super()
    this.options_ = parseSmtpOptions(options)
    const { host, port, secure, user, pass } = this.options_
    // One pooled transporter per provider: Medusa keeps the provider as a singleton.
    this.transporter_ = nodemailer.createTransport({
      pool: true,
      host,
      port,
      secure,
      auth: user && pass ? { user, pass } : undefined,
      // nodemailer waits up to 2 minutes for a connection by default: a subscriber waiting
      // that long on a dead server holds up the event; fail sooner and let it retry.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })
  }

  /**
   * Renders and sends one e-mail; resolves with the SMTP Message-ID. Rejects when the
   * template or its data is wrong, or the SMTP server refuses or cannot be reached, so that
   * Medusa records the notification as failed.
   */
  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const { subject, html, text } = await renderEmail(notification.template, notification.data, this.options_)
    const info = await this.transporter_
      .sendMail({
        from: notification.from?.trim() || this.options_.from,
        to: notification.to,
        subject,
        html,
        text,
        attachments: notification.attachments?.map((attachment) => ({
          filename: attachment.filename,
          content: attachment.content,
          encoding: "base64",
          contentType: attachment.content_type,
          contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
          cid: attachment.id,
        })),
      })
      .catch((error: Error) => {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `SMTP server ${this.options_.host}:${this.options_.port} did not take the "${notification.template}" e-mail to ${notification.to}: ${error.message}`
        )
      })
    return { id: info.messageId }
  }

  /** Closes the pooled SMTP connections. */
  close(): void {
    this.transporter_.close()
  }
}
