import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Drawer, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { DealBadges } from "../components/deal-badges"
import { DealForm } from "../components/deal-form"
import { DealSummary } from "../components/deal-summary"
import { useDeleteDeal, useProductDeal } from "../hooks/deals"
import { errorMessage } from "../lib/error-message"
import { useDealTranslation } from "../lib/i18n"

/** Shows a product's deal content and lets the merchant create, edit or delete it. */
const ProductDealWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useDealTranslation()
  const prompt = usePrompt()
  const [isEditing, setIsEditing] = useState(false)
  const { data: deal, isPending, isError, error } = useProductDeal(product.id)
  const deleteDeal = useDeleteDeal()

  const confirmDelete = async () => {
    if (!deal) {
      return
    }
    const confirmed = await prompt({
      title: t("deleteTitle"),
      description: t("deleteDescription"),
      confirmText: t("delete"),
      cancelText: t("cancel"),
    })
    if (!confirmed) {
      return
    }
    deleteDeal.mutate(deal.id, {
      onSuccess: () => toast.success(t("toastDeleted")),
      onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="deal-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Heading level="h2">{t("title")}</Heading>
            {deal && <DealBadges deal={deal} />}
          </div>
          {deal && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="deal-bought-count">
              {t("bought", { count: deal.bought_count })}
            </Text>
          )}
        </div>
        {!isPending && !isError && (
          <div className="flex items-center gap-x-2">
            {deal && (
              <Button
                size="small"
                variant="danger"
                onClick={confirmDelete}
                isLoading={deleteDeal.isPending}
                data-testid="deal-delete"
              >
                {t("delete")}
              </Button>
            )}
            <Button size="small" variant="secondary" onClick={() => setIsEditing(true)} data-testid="deal-edit">
              {deal ? t("edit") : t("create")}
            </Button>
          </div>
        )}
      </div>

      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {`${t("loadError")}: ${errorMessage(error, t("errorUnknown"))}`}
        </Text>
      ) : deal ? (
        <DealSummary deal={deal} />
      ) : (
        !isPending && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="deal-empty">
            {t("empty")}
          </Text>
        )
      )}

      <Drawer open={isEditing} onOpenChange={setIsEditing}>
        <Drawer.Content data-testid="deal-drawer">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{deal ? t("drawerEditTitle") : t("drawerCreateTitle")}</Heading>
            </Drawer.Title>
            <Drawer.Description className="sr-only">{t("description")}</Drawer.Description>
          </Drawer.Header>
          {/* Mounted only while open, so each opening starts from the latest saved deal. */}
          {isEditing && (
            <DealForm productId={product.id} deal={deal ?? undefined} onDone={() => setIsEditing(false)} />
          )}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductDealWidget
