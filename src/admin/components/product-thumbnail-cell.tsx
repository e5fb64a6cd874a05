import { Photo } from "@medusajs/icons"

type ProductLike = { title: string | null; thumbnail: string | null } | null | undefined

/** A product's thumbnail and title, as in the admin's product list. */
export function ProductThumbnailCell({ product, untitled }: { product: ProductLike; untitled: string }) {
  const thumbnail = product?.thumbnail
  return (
    <div className="flex items-center gap-x-3 overflow-hidden">
      <div className="bg-ui-bg-component border-ui-border-base flex h-8 w-6 shrink-0 items-center justify-center overflow-hidden rounded-[4px] border">
        {thumbnail ? (
          <img src={thumbnail} alt="" className="h-full w-full object-cover object-center" />
        ) : (
          <Photo className="text-ui-fg-subtle" />
        )}
      </div>
      <span className="truncate">{product?.title || untitled}</span>
    </div>
  )
}
