import { generateKeyPairSync } from "node:crypto"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { smtpOptionsFromEnv } from "./src/providers/smtp/options"
import { authVerificationsPerActor, customerAuthModule } from "./src/lib/auth/customer-auth-config"
import { paymentModule } from "./src/lib/payment/payment-config"

loadEnv(process.env.NODE_ENV || "test", process.cwd())

const testSigningKey = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()

// Used only by the plugin's own integration tests: the runner loads the plugin's
// routes, workflows, subscribers and links from `src/`, and its modules from here.
// E-mail tests set SMTP_* before the runner boots, to a real SMTP server of their own; other
// test files get Medusa's local provider, which only logs.
const emailProvider = process.env.SMTP_HOST
  ? {
      resolve: "./src/providers/smtp",
      id: "smtp",
      options: {
        channels: ["email"],
        ...smtpOptionsFromEnv({ SHOP_NAME: "Comptoir", SHOP_ADDRESS: "12 rue des Halles, Paris", SHOP_URL: "http://localhost:8000", ...process.env }),
      },
    }
  : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: process.env.JWT_SECRET || "test-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "test-cookie-secret",
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      authVerificationsPerActor,
    },
  },
  admin: { disable: true },
  modules: [
    customerAuthModule({ MFA_ENCRYPTION_KEY: "test-mfa-encryption-key-0123456789abcdef", ...process.env }),
    {
      // Private files (invoices) outside `static/`, which Medusa serves publicly.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/file-local", id: "local", options: { private_upload_dir: path.join(__dirname, ".data", "private-files") } },
        ],
      },
    },
    { resolve: "./src/modules/deal" },
    { resolve: "./src/modules/review" },
    { resolve: "./src/modules/cart-reminder" },
    // Test receivers listen on 127.0.0.1 over plain http.
    { resolve: "./src/modules/webhook", options: { webhooks: { allow_loopback: true, allow_http: true } } },
    // A signing key made for this run: tests read the public half from GET /licenses/public-key.
    { resolve: "./src/modules/digital", options: { licenses: { signing_key: process.env.LICENSE_SIGNING_KEY || testSigningKey(), fast_path_port: Number(process.env.LICENSE_FAST_PATH_PORT) || undefined } } },
    {
      resolve: "./src/modules/invoice",
      options: {
        invoices: {
          seller: {
            name: "Comptoir SAS",
            address: ["12 rue des Halles", "75001 Paris, France"],
            siret: "12345678900012",
            vat_number: "FR32123456789",
            legal_mentions: ["SAS au capital de 10 000 €", "Pénalités de retard : trois fois le taux d'intérêt légal."],
          },
        },
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      // `feed`: the notifications shown in Medusa Admin's bell (a disabled webhook endpoint, for one).
      options: { providers: [emailProvider, { resolve: "@medusajs/medusa/notification-local", id: "feed", options: { channels: ["feed"] } }] },
    },
    // Stripe only in the test files that set STRIPE_API_KEY (against a local Stripe-like server).
    paymentModule(process.env, "./src/providers/stripe"),
  ],
})
