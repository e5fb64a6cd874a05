/** Plain share URLs of the networks shoppers use: no third-party script is loaded. */
export type ShareNetwork = "facebook" | "x" | "whatsapp" | "linkedin" | "telegram"

export function shareLinks(url: string, text: string): { network: ShareNetwork; name: string; href: string }[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(text)
  return [
    { network: "facebook", name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "x", name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: "whatsapp", name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}` },
    { network: "linkedin", name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "telegram", name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
  ]
}
