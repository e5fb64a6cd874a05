"use client"

// Error boundaries are client components and cannot read the locale cookie: both languages.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Une erreur est survenue</h1>
      <p className="mt-1 text-gray-500">Something went wrong</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600"
      >
        Réessayer · Retry
      </button>
    </div>
  )
}
