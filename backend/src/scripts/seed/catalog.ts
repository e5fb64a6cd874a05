/** The demo catalog: realistic French and Moroccan deals, prices in EUR and MAD. */

const days = (n: number) => new Date(Date.now() + n * 24 * 60 * 60 * 1000)

export type SeedVariant = {
  title: string
  /** Regular price, then the deal price (sale price list), per currency. */
  eur: [number, number]
  mad: [number, number]
}

export type SeedDeal = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  images: string[]
  /** Physical goods are shipped and stocked; services and digital goods are not. */
  physical: boolean
  optionTitle: string
  variants: SeedVariant[]
  deal: {
    highlights: string[]
    included: string[]
    how_it_works: string
    conditions: string
    faq: { question: string; answer: string }[]
    location?: { address: string; city: string; lat: number; lng: number }
    ends_at?: Date
    is_featured?: boolean
    is_deal_of_day?: boolean
    min_quantity?: number
    max_quantity?: number
  }
}

export const categories = [
  { handle: "bien-etre", name: "Bien-être & spa" },
  { handle: "restaurants", name: "Restaurants" },
  { handle: "activites", name: "Activités & loisirs" },
  { handle: "voyages", name: "Voyages" },
  { handle: "produits", name: "Produits" },
  { handle: "numerique", name: "Produits numériques" },
]

export const deals: SeedDeal[] = [
  {
    handle: "spa-hammam-marrakech-paris",
    title: "Hammam & massage oriental aux Jardins de Marrakech",
    subtitle: "Rituel hammam, gommage au savon noir et massage à l'huile d'argan",
    description: "Deux heures d'évasion au cœur du Marais : hammam traditionnel, gommage au savon noir, enveloppement au rhassoul puis massage relaxant à l'huile d'argan.",
    category: "bien-etre",
    images: ["spa-hammam.svg", "spa-hammam-2.svg"],
    physical: false,
    optionTitle: "Formule",
    variants: [
      { title: "Hammam + gommage", eur: [59, 35], mad: [640, 380] },
      { title: "Hammam + gommage + massage 30 min", eur: [89, 49], mad: [960, 530] },
    ],
    deal: {
      highlights: ["Accès hammam 1 h", "Gommage au savon noir", "Massage à l'huile d'argan", "Thé à la menthe offert"],
      included: ["Peignoir, serviette et sandales", "Gant de kessa", "Thé et pâtisseries orientales"],
      how_it_works: "Achetez votre bon, recevez-le par e-mail, puis réservez votre créneau par téléphone en citant le code du bon.",
      conditions: "Sur réservation, au moins 48 h à l'avance. Valable du mardi au dimanche. Non cumulable avec d'autres offres. Valable 3 mois après l'achat.",
      faq: [
        { question: "Puis-je offrir ce bon ?", answer: "Oui, le bon est nominatif à la réservation seulement : vous pouvez l'offrir." },
        { question: "Faut-il apporter un maillot ?", answer: "Oui, le maillot de bain est obligatoire dans le hammam." },
      ],
      location: { address: "12 rue des Rosiers, 75004 Paris", city: "Paris", lat: 48.8571, lng: 2.3589 },
      ends_at: days(3),
      is_featured: true,
      min_quantity: 1,
      max_quantity: 4,
    },
  },
  {
    handle: "diner-gastronomique-lyon",
    title: "Menu dégustation 5 plats pour 2 au Comptoir Lyonnais",
    subtitle: "Cuisine de saison du chef, accord mets et vins en option",
    description: "Un voyage en cinq temps dans la cuisine lyonnaise revisitée : amuse-bouche, entrée, poisson, viande et dessert, pour deux personnes.",
    category: "restaurants",
    images: ["diner-gastronomique.svg"],
    physical: false,
    optionTitle: "Formule",
    variants: [
      { title: "Menu pour 2", eur: [140, 79], mad: [1510, 850] },
      { title: "Menu pour 2 avec accord mets et vins", eur: [210, 119], mad: [2270, 1285] },
    ],
    deal: {
      highlights: ["5 plats signés par le chef", "Produits locaux et de saison", "Cadre bouchon chaleureux"],
      included: ["Menu dégustation pour 2", "Eau et café"],
      how_it_works: "Réservez en ligne ou par téléphone en mentionnant votre bon, puis présentez-le sur votre téléphone.",
      conditions: "Du mardi au samedi, midi et soir. Hors jours fériés. Valable 2 mois.",
      faq: [{ question: "Les allergies sont-elles prises en compte ?", answer: "Oui, prévenez le restaurant lors de la réservation." }],
      location: { address: "8 rue Mercière, 69002 Lyon", city: "Lyon", lat: 45.7629, lng: 4.8316 },
      ends_at: days(1),
      is_deal_of_day: true,
      min_quantity: 1,
      max_quantity: 2,
    },
  },
  {
    handle: "brunch-rooftop-casablanca",
    title: "Brunch à volonté sur le rooftop d'Anfa, Casablanca",
    subtitle: "Buffet sucré-salé face à l'océan, boissons chaudes à volonté",
    description: "Chaque week-end, un grand buffet marocain et international : msemen, baghrir, œufs, viennoiseries, fruits frais et jus pressés, avec vue sur l'Atlantique.",
    category: "restaurants",
    images: ["brunch-rooftop.svg"],
    physical: false,
    optionTitle: "Formule",
    variants: [{ title: "Brunch pour 1", eur: [35, 22], mad: [380, 240] }],
    deal: {
      highlights: ["Buffet à volonté", "Vue sur l'océan", "Jus pressés inclus"],
      included: ["Buffet complet", "Boissons chaudes à volonté", "Un jus frais pressé"],
      how_it_works: "Présentez votre bon à l'accueil le samedi ou le dimanche entre 10 h et 15 h.",
      conditions: "Week-ends uniquement. Réservation conseillée. Valable 3 mois.",
      faq: [{ question: "Les enfants paient-ils ?", answer: "Gratuit pour les moins de 4 ans." }],
      location: { address: "Boulevard de la Corniche, Anfa, Casablanca", city: "Casablanca", lat: 33.5951, lng: -7.6691 },
      is_featured: true,
      max_quantity: 6,
    },
  },
  {
    handle: "saut-parachute-tandem",
    title: "Saut en parachute tandem à 4 000 m",
    subtitle: "50 secondes de chute libre avec un moniteur diplômé",
    description: "Vivez la chute libre en toute sécurité, accroché à un moniteur expérimenté. Briefing, équipement et certificat de saut compris.",
    category: "activites",
    images: ["parachute-tandem.svg"],
    physical: false,
    optionTitle: "Formule",
    variants: [
      { title: "Saut seul", eur: [279, 199], mad: [3010, 2150] },
      { title: "Saut + vidéo", eur: [359, 249], mad: [3880, 2690] },
    ],
    deal: {
      highlights: ["Chute libre de 50 s", "Moniteur diplômé d'État", "Vidéo en option"],
      included: ["Briefing sécurité", "Équipement complet", "Certificat de saut"],
      how_it_works: "Choisissez une date disponible sur le planning du centre puis présentez votre bon le jour du saut.",
      conditions: "À partir de 15 ans, poids maximum 95 kg. Report gratuit en cas de météo défavorable.",
      faq: [{ question: "Et s'il pleut ?", answer: "Le saut est reporté sans frais à une date de votre choix." }],
      location: { address: "Aérodrome de Gap-Tallard, 05130 Tallard", city: "Tallard", lat: 44.4553, lng: 6.0378 },
      ends_at: days(6),
      max_quantity: 2,
    },
  },
  {
    handle: "atelier-cuisine-marocaine",
    title: "Atelier cuisine marocaine : tajine et pastilla (3 h)",
    subtitle: "Cuisinez avec une cheffe puis dégustez votre menu",
    description: "Un atelier convivial de trois heures pour apprendre le tajine d'agneau aux pruneaux et la pastilla au poulet, suivi d'une dégustation.",
    category: "activites",
    images: ["atelier-cuisine.svg"],
    physical: false,
    optionTitle: "Formule",
    variants: [{ title: "Atelier pour 1", eur: [65, 39], mad: [700, 420] }],
    deal: {
      highlights: ["Cheffe marocaine", "Groupes de 8 personnes maximum", "Recettes à emporter"],
      included: ["Ingrédients et ustensiles", "Tablier", "Dégustation avec thé à la menthe"],
      how_it_works: "Réservez une session sur le site de l'atelier avec le code de votre bon.",
      conditions: "Sessions le mercredi soir et le samedi matin. Valable 4 mois.",
      faq: [{ question: "Existe-t-il une version végétarienne ?", answer: "Oui, sur demande à la réservation." }],
      location: { address: "24 rue de la Roquette, 75011 Paris", city: "Paris", lat: 48.8546, lng: 2.3725 },
      max_quantity: 4,
    },
  },
  {
    handle: "week-end-riad-fes",
    title: "Week-end 2 nuits en riad dans la médina de Fès",
    subtitle: "Petits-déjeuners et dîner marocain inclus",
    description: "Deux nuits pour deux dans un riad restauré de la médina, avec petits-déjeuners sur la terrasse et un dîner traditionnel.",
    category: "voyages",
    images: ["riad-fes.svg"],
    physical: false,
    optionTitle: "Chambre",
    variants: [
      { title: "Chambre double", eur: [320, 219], mad: [3460, 2370] },
      { title: "Suite", eur: [420, 289], mad: [4540, 3120] },
    ],
    deal: {
      highlights: ["2 nuits pour 2", "Dîner marocain offert", "Terrasse avec vue sur la médina"],
      included: ["Petits-déjeuners", "Un dîner traditionnel", "Thé d'accueil"],
      how_it_works: "Contactez le riad avec votre bon pour choisir vos dates selon les disponibilités.",
      conditions: "Hors vacances scolaires et fêtes religieuses. Taxe de séjour à régler sur place. Valable 6 mois.",
      faq: [{ question: "Le transfert depuis l'aéroport est-il inclus ?", answer: "Non, il peut être réservé auprès du riad." }],
      location: { address: "Derb Sidi Moussa, Fès el-Bali, Fès", city: "Fès", lat: 34.0648, lng: -4.9738 },
      ends_at: days(10),
      is_featured: true,
      max_quantity: 1,
    },
  },
  {
    handle: "casque-audio-bluetooth",
    title: "Casque audio Bluetooth à réduction de bruit active",
    subtitle: "40 h d'autonomie, charge rapide USB-C",
    description: "Un casque circum-auriculaire confortable avec réduction de bruit active, micro pour les appels et 40 heures d'autonomie.",
    category: "produits",
    images: ["casque-audio.svg", "casque-audio-2.svg"],
    physical: true,
    optionTitle: "Couleur",
    variants: [
      { title: "Noir", eur: [149, 79], mad: [1610, 850] },
      { title: "Blanc", eur: [149, 79], mad: [1610, 850] },
    ],
    deal: {
      highlights: ["Réduction de bruit active", "40 h d'autonomie", "Garantie 2 ans"],
      included: ["Casque", "Câble USB-C", "Étui de transport"],
      how_it_works: "Commandez, nous expédions sous 48 h ouvrées. Livraison suivie.",
      conditions: "Livraison en France et au Maroc. Retour gratuit sous 14 jours.",
      faq: [{ question: "Est-il compatible avec mon téléphone ?", answer: "Oui, avec tout appareil Bluetooth 5.0 ou plus." }],
      is_featured: true,
      max_quantity: 3,
    },
  },
  {
    handle: "coffret-the-menthe",
    title: "Coffret thé à la menthe et 6 verres beldi",
    subtitle: "Thé vert gunpowder, menthe séchée et théière en inox",
    description: "Tout pour servir le thé à la marocaine : 250 g de thé gunpowder, menthe nanah séchée, une théière et six verres beldi soufflés.",
    category: "produits",
    images: ["coffret-the.svg"],
    physical: true,
    optionTitle: "Taille",
    variants: [{ title: "Coffret standard", eur: [45, 29], mad: [490, 310] }],
    deal: {
      highlights: ["Verres soufflés à la main", "Thé de qualité supérieure", "Idéal à offrir"],
      included: ["Théière 0,6 L", "6 verres beldi", "250 g de thé", "50 g de menthe séchée"],
      how_it_works: "Commandez en ligne, le coffret est expédié sous 72 h dans un emballage cadeau.",
      conditions: "Produit fragile : emballage renforcé. Retour sous 14 jours.",
      faq: [{ question: "Les verres passent-ils au lave-vaisselle ?", answer: "Un lavage à la main est recommandé." }],
      max_quantity: 5,
    },
  },
  {
    handle: "ebook-marketing-influence",
    title: "E-book : réussir son marketing d'influence",
    subtitle: "Le guide pratique pour travailler avec des créateurs de contenu",
    description: "120 pages pour choisir ses influenceurs, négocier, mesurer le retour sur investissement et éviter les pièges juridiques. Formats PDF et EPUB.",
    category: "numerique",
    images: ["ebook-influence.svg"],
    physical: false,
    optionTitle: "Format",
    variants: [{ title: "PDF + EPUB", eur: [19, 9.9], mad: [200, 105] }],
    deal: {
      highlights: ["120 pages", "Modèles de contrats inclus", "Mises à jour gratuites"],
      included: ["E-book PDF et EPUB", "3 modèles de contrats", "Checklist de campagne"],
      how_it_works: "Après l'achat, téléchargez l'e-book depuis votre espace client.",
      conditions: "Produit numérique : pas de droit de rétractation une fois le téléchargement commencé.",
      faq: [{ question: "Puis-je le lire sur liseuse ?", answer: "Oui, le format EPUB convient à toutes les liseuses." }],
      min_quantity: 1,
      max_quantity: 1,
    },
  },
  {
    handle: "logiciel-caisse",
    title: "Logiciel de caisse Comptoir Pro : licence 1 an, 3 postes",
    subtitle: "Encaissement, tickets, stocks et clôture de caisse, même hors ligne",
    description: "Le logiciel de caisse des commerces de proximité : encaissement rapide, tickets conformes, suivi des stocks et clôtures journalières. Fonctionne hors connexion. La licence s'active sur 3 postes pendant un an.",
    category: "numerique",
    images: ["logiciel-caisse.svg"],
    physical: false,
    optionTitle: "Licence",
    variants: [{ title: "1 an, 3 postes", eur: [199, 119], mad: [2150, 1290] }],
    deal: {
      highlights: ["3 postes inclus", "Fonctionne hors ligne", "Mises à jour pendant 1 an"],
      included: ["Clé de licence", "Logiciel pour Windows, macOS et Linux", "Assistance par e-mail"],
      how_it_works: "Après l'achat, votre clé de licence s'affiche sur la confirmation, dans l'e-mail et dans votre espace client. Saisissez-la dans le logiciel pour l'activer.",
      conditions: "Licence personnelle valable 1 an à compter de l'achat, sur 3 postes à la fois ; un poste se libère depuis l'espace client.",
      faq: [{ question: "Puis-je changer d'ordinateur ?", answer: "Oui : libérez l'ancien poste depuis votre espace client, puis activez le nouveau." }],
      max_quantity: 5,
    },
  },
]
