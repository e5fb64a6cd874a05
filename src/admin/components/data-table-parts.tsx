import { DataTable, Text, type DataTableEmptyStateProps } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTableTranslation } from "../lib/i18n"

type TableToolbarProps = {
  afterFilters?: ReactNode
  beforeSorting?: ReactNode
  /** False for tables without sorting: Medusa's SortingMenu throws when useDataTable has none. */
  sortable?: boolean
}

/** The toolbar of our tables: the filter menu on the left, the sorting menu on the right. */
export function TableToolbar({ afterFilters, beforeSorting, sortable = true }: TableToolbarProps) {
  const { t } = useTableTranslation()
  return (
    <DataTable.Toolbar
      className="flex items-center justify-between gap-x-2"
      translations={{ clearAll: t("clearAll"), sort: t("sort") }}
    >
      <div className="flex items-center gap-x-2">
        <DataTable.FilterMenu tooltip={t("addFilter")} />
        {afterFilters}
      </div>
      <div className="flex items-center gap-x-2">
        {beforeSorting}
        {sortable && <DataTable.SortingMenu tooltip={t("sort")} />}
      </div>
    </DataTable.Toolbar>
  )
}

/** The pagination of our tables, labelled in the admin's language. */
export function TablePagination() {
  const { t } = useTableTranslation()
  return (
    <DataTable.Pagination
      translations={{
        of: t("paginationOf"),
        results: t("paginationResults"),
        pages: t("paginationPages"),
        prev: t("paginationPrev"),
        next: t("paginationNext"),
      }}
    />
  )
}

type TableContentProps = {
  /** Why the rows could not be loaded, shown instead of the table; null when they were. */
  errorText: string | null
  errorTestId: string
  emptyState: DataTableEmptyStateProps
}

/** The rows and pagination of our tables, or the reason they could not be loaded. */
export function TableContent({ errorText, errorTestId, emptyState }: TableContentProps) {
  if (errorText !== null) {
    return (
      <Text size="small" className="text-ui-fg-error border-t px-6 py-4" data-testid={errorTestId}>
        {errorText}
      </Text>
    )
  }
  return (
    <>
      <DataTable.Table emptyState={emptyState} />
      <TablePagination />
    </>
  )
}

type TableEmptyStateProps = { heading: string; description: string; testId: string; children?: ReactNode }

/** What our tables show when there is no row at all; `children` is an optional call to action. */
export function TableEmptyState({ heading, description, testId, children }: TableEmptyStateProps) {
  return (
    <div className="flex flex-col items-center gap-y-2 text-center" data-testid={testId}>
      <Text size="base" weight="plus">
        {heading}
      </Text>
      <Text size="small" className="text-ui-fg-subtle max-w-md">
        {description}
      </Text>
      {children}
    </div>
  )
}

/** The options of a filter on a status, one per entry of its badge map, labelled by `t`. */
export function badgeFilterOptions<Key extends string>(badges: Record<string, { label: Key }>, t: (key: Key) => string) {
  return Object.entries(badges).map(([value, { label }]) => ({ label: t(label), value }))
}
