import { Button, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useRef } from "react"
import { dealQueryKeys, useDealReindex, useStartDealReindex } from "../hooks/deals"
import { reindexPercent } from "../lib/deal-reindex"
import type { AdminDealReindexStatus } from "../lib/deal-types"
import { errorMessage } from "../lib/error-message"
import { useDealTranslation } from "../lib/i18n"

/** Tells the merchant how a rebuild ended; a finished one refreshes the deal list's prices. */
function useAnnounceReindexOutcome() {
  const { t } = useDealTranslation()
  const queryClient = useQueryClient()
  return useCallback(
    (status: AdminDealReindexStatus) => {
      if (status.state === "done") {
        toast.success(t("reindexDone", { count: status.processed }))
        queryClient.invalidateQueries({ queryKey: dealQueryKeys.all })
      } else if (status.state === "failed") {
        toast.error(status.error ? `${t("reindexFailed")}: ${status.error}` : t("reindexFailed"))
      }
    },
    [t, queryClient]
  )
}

/** Starts a full rebuild of the storefront listing index; disabled while one runs. */
export function DealReindexButton() {
  const { t } = useDealTranslation()
  const { data: status } = useDealReindex()
  const startReindex = useStartDealReindex()
  const announce = useAnnounceReindexOutcome()

  const start = () =>
    startReindex.mutate(undefined, {
      // A small catalogue can be rebuilt before the answer: no "running" state to watch then.
      onSuccess: ({ reindex }) => announce(reindex),
      onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
    })

  return (
    <Button
      size="small"
      variant="secondary"
      onClick={start}
      isLoading={startReindex.isPending}
      disabled={status?.state === "running"}
      data-testid="deals-reindex"
    >
      {t("reindex")}
    </Button>
  )
}

/** The progress of the running rebuild, or how the latest one ended. */
export function DealReindexProgress() {
  const { t, language } = useDealTranslation()
  const { data: status, isError, error } = useDealReindex()
  const announce = useAnnounceReindexOutcome()
  const previousState = useRef<AdminDealReindexStatus["state"]>()

  useEffect(() => {
    const before = previousState.current
    previousState.current = status?.state
    if (status && before === "running" && status.state !== "running") {
      announce(status)
    }
  }, [status, announce])

  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {`${t("reindexStatusError")}: ${errorMessage(error, t("errorUnknown"))}`}
      </Text>
    )
  }
  if (!status || status.state === "idle") {
    return null
  }
  if (status.state === "failed") {
    return (
      <Text size="small" className="text-ui-fg-error" data-testid="deals-reindex-state" data-state="failed">
        {status.error ? `${t("reindexFailed")}: ${status.error}` : t("reindexFailed")}
      </Text>
    )
  }
  if (status.state === "done") {
    const finishedAt = status.finished_at
      ? new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(status.finished_at))
      : null
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="deals-reindex-state" data-state="done">
        {[t("reindexDone", { count: status.processed }), finishedAt].filter(Boolean).join(" · ")}
      </Text>
    )
  }

  const percent = reindexPercent(status)
  return (
    <div className="flex flex-col gap-y-2" data-testid="deals-reindex-state" data-state="running">
      <Text size="small" className="text-ui-fg-subtle">
        {t("reindexRunning", { processed: status.processed, total: status.total })}
      </Text>
      <div
        className="bg-ui-bg-component shadow-borders-base h-2 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-label={t("reindex")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div
          className={percent === null ? "bg-ui-fg-interactive h-full w-full animate-pulse" : "bg-ui-fg-interactive h-full transition-[width]"}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  )
}
