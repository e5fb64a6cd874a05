/** Skeleton of the cart while it loads. */
export default function CartLoading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-8" aria-busy="true">
      <div className="mb-6 h-9 w-48 rounded bg-gray-200" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="h-64 rounded-xl bg-gray-200" />
        <div className="h-48 rounded-xl bg-gray-200" />
      </div>
    </div>
  )
}
