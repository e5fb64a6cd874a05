/** English labels of the tables' toolbar and pagination, shared by the Deals and Reviews pages. */
export const tableEn = {
  addFilter: "Add filter",
  sort: "Sort",
  clearAll: "Clear all",
  paginationOf: "of",
  paginationResults: "results",
  paginationPages: "pages",
  paginationPrev: "Prev",
  paginationNext: "Next",
}
