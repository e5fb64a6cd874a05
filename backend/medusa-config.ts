import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import path from "node:path"
import { smtpOptionsFromEnv } from "@comptoir/medusa-plugin/providers/smtp"
import { invoiceOptionsFromEnv } from "@comptoir/medusa-plugin/modules/invoice"
import { authVerificationsPerActor, customerAuthModule } from "@comptoir/medusa-plugin/lib/auth/customer-auth-config"
import { paymentModule } from "@comptoir/medusa-plugin/lib/payment/payment-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

// Without REDIS_URL everything runs in one process with Medusa's in-memory event bus,
// workflow engine, locking and cache. With it, the same code scales out to separate
// server and worker processes (MEDUSA_WORKER_MODE), as docker-compose.yml does.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

// E-mail: through SMTP when SMTP_HOST is set (`npm start` points it at its local mailbox),
// else Medusa's local provider, which only logs. The shop identity shown in every e-mail has
// demo defaults; set SHOP_* in production.
const emailProvider = process.env.SMTP_HOST
  ? {
      resolve: "@comptoir/medusa-plugin/providers/smtp",
      id: "smtp",
      options: {
        channels: ["email"],
        ...smtpOptionsFromEnv({
          SMTP_FROM: "Comptoir <boutique@comptoir.local>",
          SHOP_NAME: "Comptoir",
          SHOP_ADDRESS: "12 rue des Halles, 75001 Paris, France",
          SHOP_URL: process.env.STOREFRONT_URL || "http://localhost:8000",
          ...process.env,
        }),
      },
    }
  : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
      // Customers signing up with e-mail and password confirm their address before they get a
      // session (see the plugin's customer-auth-config).
      authVerificationsPerActor,
    },
    // The session cookie is Secure in production; plain-http local runs must turn that off.
    cookieOptions: { secure: process.env.COOKIE_SECURE !== "false" && process.env.NODE_ENV === "production" },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  // The seller printed on invoices: SELLER_* (see README). `npm start` sets the demo shop's.
  // Abandoned-cart reminders: hours of inactivity before the first and the last reminder.
  plugins: [
    {
      resolve: "@comptoir/medusa-plugin",
      options: {
        invoices: invoiceOptionsFromEnv(),
        cart_reminders: {
          first_after_hours: Number(process.env.CART_REMINDER_FIRST_HOURS || 4),
          second_after_hours: Number(process.env.CART_REMINDER_SECOND_HOURS || 24),
        },
        // Outgoing webhooks go to public HTTPS addresses only; WEBHOOKS_ALLOW_LOCAL=true (set by
        // `npm start`) also allows loopback over http, for receivers on this machine.
        // Offline license files are signed with this Ed25519 key (PKCS#8 PEM or its base64).
        // LICENSE_API_PORT: POST /licenses/validate also served on this port, beside Medusa's stack (see README).
        licenses: { signing_key: process.env.LICENSE_SIGNING_KEY ?? "", fast_path_port: Number(process.env.LICENSE_API_PORT) || undefined },
        webhooks: {
          allow_loopback: process.env.WEBHOOKS_ALLOW_LOCAL === "true",
          allow_http: process.env.WEBHOOKS_ALLOW_LOCAL === "true",
        },
      },
    },
  ],
  modules: [
    // E-mail/password sign-in, e-mail verification and optional two-factor (TOTP) login.
    customerAuthModule(),
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/static`,
              // Private files (invoices) outside `static/`, which Medusa serves to anyone.
              private_upload_dir: process.env.PRIVATE_FILES_DIR || path.join(process.cwd(), "private-files"),
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      // `feed`: the notifications shown in Medusa Admin's bell (a disabled webhook endpoint, for one).
      options: { providers: [emailProvider, { resolve: "@medusajs/medusa/notification-local", id: "feed", options: { channels: ["feed"] } }] },
    },
    // "Paiement à réception" always; Stripe too when STRIPE_API_KEY is set (see README).
    paymentModule(process.env, "@comptoir/medusa-plugin/providers/stripe"),
    ...redisModules,
  ],
})
