import type { Dictionary } from "@/lib/i18n"

type Props = { hasConditions: boolean; reviewCount: number; t: Dictionary }

/** Groupon-style section links (Aperçu / Conditions / Avis): anchors, so they work without JavaScript. */
export default function DealSectionNav({ hasConditions, reviewCount, t }: Props) {
  const links = [
    { href: "#apercu", label: t.sections.overview },
    ...(hasConditions ? [{ href: "#conditions", label: t.sections.conditions }] : []),
    { href: "#avis", label: reviewCount ? `${t.sections.reviews} (${reviewCount})` : t.sections.reviews },
  ]
  return (
    <nav aria-label={t.sections.label} data-testid="deal-sections" className="sticky top-16 z-10 -mx-4 border-b border-gray-200 bg-gray-50/95 px-4 backdrop-blur">
      <ul className="flex gap-6">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="inline-block border-b-2 border-transparent py-3 font-semibold text-gray-800 hover:border-brand-600 hover:text-brand-700">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
