import type { ReactNode } from "react"
import type { Dictionary } from "@/lib/i18n"
import type { StoreDealDetail } from "@comptoir/http/deal"
import DealMap from "./deal-map"

function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <section id={id} className="scroll-mt-28 border-t border-gray-200 pt-6">
      <h2 className="mb-3 text-xl font-bold">{title}</h2>
      {children}
    </section>
  )
}

function CheckList({ items }: { items: string[] }) {
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item} className="flex gap-2">
          <span aria-hidden className="font-bold text-brand-500">✓</span>
          {item}
        </li>
      ))}
    </ul>
  )
}

const prose = "whitespace-pre-line leading-relaxed text-gray-700"

/** The deal's descriptive sections; each one only when the merchant filled it in. */
export default function DealDetails({ deal, t }: { deal: StoreDealDetail; t: Dictionary }) {
  const { location } = deal
  return (
    <div id="apercu" className="scroll-mt-28 space-y-6">
      {deal.description && (
        <Section title={t.deal.about}>
          <p className={prose}>{deal.description}</p>
        </Section>
      )}
      {deal.highlights.length > 0 && (
        <Section title={t.deal.highlights}>
          <CheckList items={deal.highlights} />
        </Section>
      )}
      {deal.included.length > 0 && (
        <Section title={t.deal.included}>
          <CheckList items={deal.included} />
        </Section>
      )}
      {deal.how_it_works && (
        <Section title={t.deal.howItWorks}>
          <p className={prose}>{deal.how_it_works}</p>
        </Section>
      )}
      {deal.conditions && (
        <Section id="conditions" title={t.deal.conditions}>
          <p className={`${prose} text-sm`}>{deal.conditions}</p>
        </Section>
      )}
      {deal.faq.length > 0 && (
        <Section title={t.deal.faq}>
          <div className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white">
            {deal.faq.map((entry) => (
              <details key={entry.question} className="group p-4">
                <summary className="cursor-pointer font-medium marker:text-brand-500">{entry.question}</summary>
                <p className={`${prose} mt-2 text-sm`}>{entry.answer}</p>
              </details>
            ))}
          </div>
        </Section>
      )}
      {location && (
        <Section title={t.deal.location}>
          <address className="not-italic text-gray-700">
            {location.address}
            {location.city && <>, {location.city}</>}
          </address>
          {location.lat !== null && location.lng !== null && (
            <>
              <DealMap
                lat={location.lat}
                lng={location.lng}
                label={deal.title}
                labels={{ show: t.deal.map.show, loading: t.deal.map.loading, failed: t.deal.map.failed }}
              />
              <a
                href={`https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=16/${location.lat}/${location.lng}`}
                target="_blank"
                rel="noopener noreferrer"
                className="mt-2 inline-block text-sm font-semibold text-brand-700 hover:underline"
              >
                OpenStreetMap ↗
              </a>
            </>
          )}
        </Section>
      )}
    </div>
  )
}
