/** `?page=` of a paginated account list as a page number; anything else is the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(value)
  return typeof value === "string" && Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1
}
