"use client"

import Image from "next/image"
import { useState } from "react"

type Props = { images: { id: string; url: string }[]; title: string; thumbnailLabels: string[] }

/** Main photo with clickable thumbnails. */
export default function Gallery({ images, title, thumbnailLabels }: Props) {
  const [selected, setSelected] = useState(0)
  const current = images[selected]
  if (!current) return <div className="aspect-[4/3] rounded-2xl bg-gray-100" />

  return (
    <div>
      {/* The page's largest image (its LCP): preloaded, and sized for the column it fills. */}
      <div className="relative aspect-[4/3] w-full overflow-hidden rounded-2xl bg-gray-100">
        <Image
          src={current.url}
          alt={title}
          fill
          preload={selected === 0}
          fetchPriority={selected === 0 ? "high" : undefined}
          sizes="(min-width: 1024px) 720px, 100vw"
          className="object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul className="mt-3 flex gap-2 overflow-x-auto">
          {images.map((image, index) => (
            <li key={image.id} className="shrink-0">
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={thumbnailLabels[index]}
                aria-current={index === selected}
                className="block overflow-hidden rounded-lg border-2 border-transparent aria-[current=true]:border-brand-500"
              >
                <Image src={image.url} alt="" width={80} height={64} className="h-16 w-20 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
