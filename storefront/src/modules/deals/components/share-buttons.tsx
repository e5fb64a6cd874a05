import { shareLinks } from "@/lib/util/share-links"
import ShareActions from "./share-actions"
import { SHARE_BUTTON } from "./share-styles"

type Props = { url: string; title: string; labels: { share: string; shareOn: (network: string) => string; copy: string; copied: string; more: string } }

/** Share links as plain URLs (they work without JavaScript, no third-party script), then copy and native share. */
export default function ShareButtons({ url, title, labels }: Props) {
  return (
    <div data-testid="share" className="space-y-2">
      <p className="text-sm font-semibold text-gray-800">{labels.share}</p>
      <ul className="flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={labels.shareOn(link.name)} data-network={link.network} className={SHARE_BUTTON}>
              {link.name}
            </a>
          </li>
        ))}
        <ShareActions url={url} title={title} labels={{ copy: labels.copy, copied: labels.copied, more: labels.more }} />
      </ul>
    </div>
  )
}
