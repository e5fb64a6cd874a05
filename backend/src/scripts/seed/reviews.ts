/** Demo reviewers (seeded customers, each with a real placed order) and their reviews. */

export type SeedReview = {
  /** The deal's product handle. */
  handle: string
  rating: number
  title: string
  body: string
  reply?: string
}

export type SeedReviewer = { email: string; first_name: string; last_name: string; reviews: SeedReview[] }

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
]
