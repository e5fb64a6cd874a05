import { useCallback } from "react"

/** Formats a date of the API in `language` (with its time when asked, by default as `withTimeByDefault`), `none` for no date. */
export function useApiDateFormatter(language: string, none: string, withTimeByDefault = false) {
  return useCallback(
    (iso: string | null, withTime = withTimeByDefault) =>
      iso
        ? new Intl.DateTimeFormat(language, withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }).format(
            new Date(iso)
          )
        : none,
    [language, none, withTimeByDefault]
  )
}
