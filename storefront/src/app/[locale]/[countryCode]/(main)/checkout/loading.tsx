/** Skeleton of the checkout while the cart, shipping options and payment providers load. */
export default function CheckoutLoading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse px-4 py-8" aria-busy="true">
      <div className="mb-6 h-9 w-64 rounded bg-gray-200" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_380px]">
        <div className="space-y-6">
          <div className="h-40 rounded-xl bg-gray-200" />
          <div className="h-72 rounded-xl bg-gray-200" />
          <div className="h-32 rounded-xl bg-gray-200" />
        </div>
        <div className="h-96 rounded-xl bg-gray-200" />
      </div>
    </div>
  )
}
