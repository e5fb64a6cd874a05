import Link from "next/link"
import { listCategories } from "@/lib/data/categories"

/** Category chips linking to the listing filtered by that category. */
export default async function CategoryList({ countryCode }: { countryCode: string }) {
  const categories = await listCategories()
  return (
    <ul className="flex flex-wrap gap-3">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/${countryCode}/deals?category=${encodeURIComponent(category.handle)}`}
            className="inline-block rounded-full border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:border-brand-500 hover:text-brand-600"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export function CategoryListSkeleton() {
  return (
    <div className="flex flex-wrap gap-3">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-9 w-28 animate-pulse rounded-full bg-gray-200" />
      ))}
    </div>
  )
}
