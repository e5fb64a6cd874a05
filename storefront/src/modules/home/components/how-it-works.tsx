import type { Dictionary } from "@/lib/i18n"

export default function HowItWorks({ t }: { t: Dictionary }) {
  return (
    <section className="mx-auto max-w-6xl px-4 pt-16">
      <h2 className="mb-6 text-2xl font-bold">{t.home.howItWorks}</h2>
      <ol className="grid gap-6 md:grid-cols-3">
        {t.home.steps.map((step, index) => (
          <li key={step.title} className="rounded-xl border border-gray-200 bg-white p-6">
            <span className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-100 text-lg font-bold text-brand-700">
              {index + 1}
            </span>
            <h3 className="mt-4 font-semibold">{step.title}</h3>
            <p className="mt-1 text-sm text-gray-600">{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
