/** A 0–5 rating as five stars (filled to the nearest half), with the value for screen readers. */
export default function Stars({ rating, label, size = "text-base" }: { rating: number; label: string; size?: string }) {
  const filled = Math.round(rating * 2) / 2
  return (
    <span role="img" aria-label={label} className={`inline-flex ${size} leading-none`}>
      {[1, 2, 3, 4, 5].map((star) => (
        <span key={star} aria-hidden className={star <= filled ? "text-amber-600" : star - 0.5 === filled ? "text-amber-400" : "text-gray-300"}>
          ★
        </span>
      ))}
    </span>
  )
}
