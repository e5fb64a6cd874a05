export type Locale = "fr" | "en"

/** "en", "en-GB", "EN_us" → "en"; anything else, or nothing, → "fr" (the shop's default). */
export function resolveLocale(value: string | null | undefined): Locale {
  return value?.trim().toLowerCase().startsWith("en") ? "en" : "fr"
}

const INTL_LOCALES: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/** 49.9 EUR → "49,90 €" (fr) / "€49.90" (en); 120 MAD → "120,00 MAD" / "MAD 120.00". */
export function formatMoney(amount: number, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

/** "25 novembre 2026" / "25 November 2026", in the shop's time zone. */
export function formatDate(value: Date | string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeZone }).format(new Date(value))
}

type Name = string | null | undefined

const fr = {
  greeting: (firstName: Name) => (firstName ? `Bonjour ${firstName},` : "Bonjour,"),
  footerReason: (shop: string) => `Vous recevez cet e-mail parce que vous avez un compte ou une commande chez ${shop}.`,
  legalNotice: "Mentions légales",
  linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  linkExpiry: (minutes: number) => `Ce lien est valable ${minutes} minutes.`,
  notRequested: "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : rien ne changera.",
  orderPlaced: {
    subject: (displayId: string) => `Confirmation de votre commande n° ${displayId}`,
    preview: (displayId: string, total: string) => `Commande n° ${displayId} : ${total}`,
    heading: "Merci pour votre commande !",
    intro: (displayId: string, date: string) => `Nous avons bien reçu votre commande n° ${displayId} du ${date}.`,
    item: "Article",
    quantity: "Qté",
    unitPrice: "Prix unitaire",
    lineTotal: "Total",
    subtotal: "Sous-total",
    discount: "Remise",
    shipping: "Livraison",
    noShipping: "Aucune livraison nécessaire",
    tax: "Taxes",
    includedTax: "Dont TVA",
    total: "Total",
    outro: "Nous vous écrirons à chaque étape de votre commande.",
    licensesHeading: "Vos clés de licence",
    licensesIntro: "Saisissez la clé dans le logiciel pour l'activer. Vous la retrouverez aussi dans votre espace client.",
    licenseUntil: (date: string) => `valable jusqu'au ${date}`,
    licensePerpetual: "licence perpétuelle",
  },
  welcome: {
    subject: (shop: string) => `Bienvenue chez ${shop}`,
    heading: (shop: string) => `Bienvenue chez ${shop} !`,
    body: "Votre compte est créé. Vous pouvez suivre vos commandes et retrouver vos achats à tout moment.",
    cta: "Découvrir les offres",
  },
  emailVerification: {
    subject: "Confirmez votre adresse e-mail",
    heading: "Confirmez votre adresse e-mail",
    body: "Pour terminer, confirmez que cette adresse est bien la vôtre.",
    cta: "Confirmer mon adresse",
  },
  passwordReset: {
    subject: "Réinitialisation de votre mot de passe",
    heading: "Choisissez un nouveau mot de passe",
    body: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.",
    cta: "Choisir un nouveau mot de passe",
  },
  invoiceIssued: {
    subject: (number: string) => `Votre facture ${number}`,
    heading: (number: string) => `Facture ${number}`,
    body: (number: string, date: string, total: string) =>
      `Vous trouverez ci-joint votre facture ${number} du ${date}, d'un montant de ${total}.`,
    order: (displayId: string) => `Elle concerne votre commande n° ${displayId}.`,
    keep: "Conservez-la : elle vous sera demandée pour toute réclamation.",
  },
  cartReminder: {
    subject: (reminder: 1 | 2): string =>
      reminder === 2 ? "Dernier rappel : votre panier vous attend" : "Votre panier vous attend",
    preview: (total: string) => `Votre panier de ${total} est toujours là.`,
    heading: "Votre panier vous attend",
    intro: "Vous avez laissé des offres dans votre panier : nous l'avons gardé pour vous, il ne reste qu'à commander.",
    item: "Article",
    quantity: "Qté",
    lineTotal: "Total",
    total: "Total",
    cta: "Retrouver mon panier",
    urgency: "Nos offres sont limitées dans le temps : certaines pourraient se terminer bientôt.",
    optOut: "Vous ne souhaitez plus recevoir ces rappels ?",
    optOutLink: "Se désabonner",
  },
}

/** Every string an e-mail shows, one set per locale. */
export type EmailStrings = typeof fr

const en: EmailStrings = {
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : "Hello,"),
  footerReason: (shop) => `You are receiving this e-mail because you have an account or an order with ${shop}.`,
  legalNotice: "Legal notice",
  linkFallback: "If the button does not work, copy this link into your browser:",
  linkExpiry: (minutes) => `This link is valid for ${minutes} minutes.`,
  notRequested: "If you did not ask for this, ignore this e-mail: nothing will change.",
  orderPlaced: {
    subject: (displayId) => `Your order #${displayId} is confirmed`,
    preview: (displayId, total) => `Order #${displayId}: ${total}`,
    heading: "Thank you for your order!",
    intro: (displayId, date) => `We have received your order #${displayId} of ${date}.`,
    item: "Item",
    quantity: "Qty",
    unitPrice: "Unit price",
    lineTotal: "Total",
    subtotal: "Subtotal",
    discount: "Discount",
    shipping: "Shipping",
    noShipping: "No delivery needed",
    tax: "Tax",
    includedTax: "Including VAT",
    total: "Total",
    outro: "We will write to you at each step of your order.",
    licensesHeading: "Your license keys",
    licensesIntro: "Enter the key in the software to activate it. It is also in your account.",
    licenseUntil: (date) => `valid until ${date}`,
    licensePerpetual: "perpetual license",
  },
  welcome: {
    subject: (shop) => `Welcome to ${shop}`,
    heading: (shop) => `Welcome to ${shop}!`,
    body: "Your account is ready. You can follow your orders and find your purchases at any time.",
    cta: "See the deals",
  },
  emailVerification: {
    subject: "Confirm your e-mail address",
    heading: "Confirm your e-mail address",
    body: "One last step: confirm that this address is yours.",
    cta: "Confirm my address",
  },
  passwordReset: {
    subject: "Reset your password",
    heading: "Choose a new password",
    body: "We received a request to reset your account's password.",
    cta: "Choose a new password",
  },
  invoiceIssued: {
    subject: (number) => `Your invoice ${number}`,
    heading: (number) => `Invoice ${number}`,
    body: (number, date, total) => `Please find attached your invoice ${number} of ${date}, for ${total}.`,
    order: (displayId) => `It is for your order #${displayId}.`,
    keep: "Keep it: you will need it for any claim.",
  },
  cartReminder: {
    subject: (reminder) => (reminder === 2 ? "Last reminder: your cart is waiting for you" : "Your cart is waiting for you"),
    preview: (total) => `Your cart of ${total} is still here.`,
    heading: "Your cart is waiting for you",
    intro: "You left some deals in your cart: we kept it for you, all that is left is to order.",
    item: "Item",
    quantity: "Qty",
    lineTotal: "Total",
    total: "Total",
    cta: "Back to my cart",
    urgency: "Our deals are time-limited: some may end soon.",
    optOut: "Would you rather not receive these reminders?",
    optOutLink: "Unsubscribe",
  },
}

/** The strings of a locale. */
export const emailStrings: Record<Locale, EmailStrings> = { fr, en }
