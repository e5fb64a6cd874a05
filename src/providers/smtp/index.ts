import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

export { smtpOptionsFromEnv, type SmtpProviderOptions } from "./options"
export type * from "./types"

/** The `smtp` notification provider (channel "email"): register it in the Notification Module. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
