import type { tableEn } from "./table-en"

/** French labels of the tables' toolbar and pagination, shared by the Deals and Reviews pages. */
export const tableFr: Record<keyof typeof tableEn, string> = {
  addFilter: "Ajouter un filtre",
  sort: "Trier",
  clearAll: "Tout effacer",
  paginationOf: "sur",
  paginationResults: "résultats",
  paginationPages: "pages",
  paginationPrev: "Préc.",
  paginationNext: "Suiv.",
}
