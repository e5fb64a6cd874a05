import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Drawer, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { DigitalAssetForm } from "../components/digital-asset-form"
import { WidgetLoadState } from "../components/widget-load-state"
import { useDeleteDigitalAsset, useProductDigitalAssets, useProductVariantsForDigitalFiles } from "../hooks/digital-assets"
import { useApiDateFormatter } from "../lib/date-format"
import { formatBytes, groupDigitalAssets, type DigitalFileGroup } from "../lib/digital-format"
import type { AdminDigitalAsset } from "../lib/digital-types"
import { errorMessage } from "../lib/error-message"
import { useDigitalTranslation } from "../lib/i18n"

/** What the "Add a version" drawer starts from: nothing, or an existing file of a variant. */
type Adding = { initial?: { variant_id: string; name: string } }

/** The files delivered with a product's variants, every version with its downloads, and new versions' upload. */
const ProductDigitalFilesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useDigitalTranslation()
  const variants = useProductVariantsForDigitalFiles(product.id)
  const assets = useProductDigitalAssets(product.id)
  const [adding, setAdding] = useState<Adding | null>(null)
  const groups = useMemo(() => groupDigitalAssets(assets.data ?? []), [assets.data])
  const isError = variants.isError || assets.isError
  const isPending = variants.isPending || assets.isPending
  const variantTitle = (id: string) => variants.data?.find((variant) => variant.id === id)?.title ?? t("variantUntitled")

  return (
    <Container className="divide-y p-0" data-testid="digital-files-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("widgetTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("widgetDescription")}
          </Text>
        </div>
        {!isPending && !isError && variants.data.length > 0 && (
          <Button size="small" variant="secondary" className="shrink-0" onClick={() => setAdding({})} data-testid="digital-files-add">
            {t("addVersion")}
          </Button>
        )}
      </div>
      {isError || isPending ? (
        <WidgetLoadState
          isError={isError}
          error={variants.error ?? assets.error}
          loadError={t("widgetLoadError")}
          unknownError={t("errorUnknown")}
          testId="digital-files-widget-error"
        />
      ) : variants.data.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("noVariants")}
        </Text>
      ) : groups.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="digital-files-empty">
          {t("empty")}
        </Text>
      ) : (
        groups.map((group) => (
          <FileGroup
            key={group.key}
            group={group}
            variantTitle={variantTitle(group.variant_id)}
            onAddVersion={() => setAdding({ initial: { variant_id: group.variant_id, name: group.name } })}
          />
        ))
      )}

      <Drawer open={adding !== null} onOpenChange={(open) => !open && setAdding(null)}>
        <Drawer.Content data-testid="digital-files-drawer">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{t("drawerTitle")}</Heading>
            </Drawer.Title>
            <Drawer.Description>{t("drawerDescription")}</Drawer.Description>
          </Drawer.Header>
          {/* Mounted only while open, so each opening starts from an empty form. */}
          {adding && <DigitalAssetForm variants={variants.data ?? []} initial={adding.initial} onDone={() => setAdding(null)} />}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

type FileGroupProps = { group: DigitalFileGroup; variantTitle: string; onAddVersion: () => void }

/** One file of one variant: its name, then its versions, the current one first. */
function FileGroup({ group, variantTitle, onAddVersion }: FileGroupProps) {
  const { t } = useDigitalTranslation()
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="digital-file-group" data-variant-id={group.variant_id}>
      <div className="flex items-center justify-between gap-x-4">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <Text size="small" weight="plus" className="truncate">
            {group.name}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {variantTitle}
          </Text>
        </div>
        <Button size="small" variant="transparent" className="shrink-0" onClick={onAddVersion} data-testid="digital-file-add-version">
          {t("addVersionOf")}
        </Button>
      </div>
      <div className="flex flex-col divide-y rounded-md border">
        {group.versions.map((asset) => (
          <VersionRow key={asset.id} asset={asset} />
        ))}
      </div>
    </div>
  )
}

/** One version: number, size, date, downloads and its delete button. */
function VersionRow({ asset }: { asset: AdminDigitalAsset }) {
  const { t, language } = useDigitalTranslation()
  const formatDate = useApiDateFormatter(language, "—", true)
  const prompt = usePrompt()
  const deleteAsset = useDeleteDigitalAsset()

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: t("deleteTitle"),
      description: t("deleteDescription", { version: asset.version, name: asset.name }),
      confirmText: t("delete"),
      cancelText: t("cancel"),
    })
    if (confirmed) {
      deleteAsset.mutate(asset.id, {
        onSuccess: () => toast.success(t("toastDeleted")),
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      })
    }
  }

  return (
    <div className="flex items-center justify-between gap-x-4 px-3 py-2" data-testid="digital-file-version" data-asset-id={asset.id} data-current={asset.is_current}>
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Text size="small" weight="plus">
            {t("versionLabel", { version: asset.version })}
          </Text>
          {asset.is_current && (
            <Badge size="2xsmall" color="green">
              {t("currentVersion")}
            </Badge>
          )}
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[
            formatBytes(asset.size, language),
            formatDate(asset.created_at),
            `${t("downloads", { count: asset.stats.downloads })} / ${t("uniqueCustomers", { count: asset.stats.unique_customers })}`,
          ].join(" · ")}
        </Text>
        {asset.changelog && (
          <Text size="xsmall" className="text-ui-fg-muted whitespace-pre-line">
            {asset.changelog}
          </Text>
        )}
      </div>
      <Button size="small" variant="danger" className="shrink-0" onClick={confirmDelete} isLoading={deleteAsset.isPending} data-testid="digital-file-delete">
        {t("delete")}
      </Button>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductDigitalFilesWidget
