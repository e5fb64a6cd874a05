import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ComptoirStripeService } from "./service"

/** Stripe card payments (`pp_stripe_<id>`): Medusa's provider, see ./service.ts. */
export default ModuleProvider(Modules.PAYMENT, { services: [ComptoirStripeService] })
