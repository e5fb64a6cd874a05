/** Demo reviewers (seeded customers, each with a real placed order) and their reviews. */

export type SeedReview = {
  /** The deal's product handle. */
  handle: string
  rating: number
  title: string
  body: string
  reply?: string
  /** Left in the moderation queue, so Medusa Admin's Reviews page has something to act on. */
  pending?: boolean
}

/** A deal the customer bought but has not reviewed: the demo shopper can review it. */
export type SeedPurchase = { handle: string }

export type SeedReviewer = {
  email: string
  first_name: string
  last_name: string
  /** Set for the customer who can sign in to the storefront. */
  password?: string
  reviews: SeedReview[]
  purchases?: SeedPurchase[]
}

/** The storefront's demo shopper (README): bought two deals, reviewed none yet. */
export const DEMO_CUSTOMER = { email: "client@comptoir.local", password: "comptoir-client" }

export const reviewers: SeedReviewer[] = [
  {
    email: "amina.benali@example.com",
    first_name: "Amina",
    last_name: "Benali",
    reviews: [
      {
        handle: "spa-hammam-marrakech-paris",
        rating: 5,
        title: "Un vrai moment d'évasion",
        body: "Hammam bien chaud, gommage énergique et massage à l'argan très relaxant. Accueil adorable, on y retournera.",
        reply: "Merci Amina, toute l'équipe est ravie de vous avoir accueillie !",
      },
      { handle: "coffret-the-menthe", rating: 4, title: "Joli coffret", body: "Les verres sont beaux et le thé parfumé. La théière est un peu petite pour six." },
    ],
  },
  {
    email: "lucas.martin@example.com",
    first_name: "Lucas",
    last_name: "Martin",
    reviews: [
      { handle: "spa-hammam-marrakech-paris", rating: 4, title: "Très bien, un peu d'attente", body: "Le soin est excellent, mais nous avons attendu vingt minutes à l'accueil malgré la réservation." },
      { handle: "diner-gastronomique-lyon", rating: 5, title: "Cinq plats mémorables", body: "Accords mets-vins parfaits, service attentionné. Le dessert à la praline rose vaut le déplacement." },
      {
        handle: "coffret-the-menthe",
        rating: 2,
        title: "Livraison abîmée",
        body: "Un verre est arrivé fêlé et le colis était mal protégé. Le thé, lui, est bon.",
        pending: true,
      },
    ],
  },
  {
    email: "yasmine.elidrissi@example.com",
    first_name: "Yasmine",
    last_name: "El Idrissi",
    reviews: [
      { handle: "spa-hammam-marrakech-paris", rating: 3, title: "Correct", body: "Prestation agréable mais vestiaires un peu exigus un samedi après-midi." },
      { handle: "week-end-riad-fes", rating: 5, title: "Riad magnifique", body: "Chambre superbe, petit-déjeuner copieux sur la terrasse et un accueil digne de la tradition fassie." },
    ],
  },
  {
    ...DEMO_CUSTOMER,
    first_name: "Camille",
    last_name: "Durand",
    reviews: [],
    // The software comes with a license key (issued as on a checkout): see the README's curl.
    purchases: [{ handle: "spa-hammam-marrakech-paris" }, { handle: "brunch-rooftop-casablanca" }, { handle: "logiciel-caisse" }, { handle: "ebook-marketing-influence" }],
  },
]
