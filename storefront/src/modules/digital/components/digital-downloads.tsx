import { listCustomerDownloads } from "@/lib/data/digital"
import type { Dictionary, Locale } from "@/lib/i18n"
import DigitalFileCard from "./digital-file-card"
import DownloadHistory from "./download-history"

type Props = { locale: Locale; t: Dictionary }

/** "Téléchargements": the files of the products the customer owns, then their download history. */
export default async function DigitalDownloads({ locale, t }: Props) {
  const { files, downloads } = await listCustomerDownloads()
  return (
    <div className="space-y-6">
      {files.length === 0 ? (
        <p data-testid="digital-files-empty" className="text-gray-600">{t.accountArea.digital.noFiles}</p>
      ) : (
        <ul className="space-y-4">
          {files.map((file) => (
            <DigitalFileCard key={`${file.variant_id}:${file.name}`} file={file} locale={locale} t={t} />
          ))}
        </ul>
      )}
      <DownloadHistory downloads={downloads} locale={locale} t={t} />
    </div>
  )
}

/** The downloads' place while they load. */
export function DigitalDownloadsSkeleton() {
  return (
    <div aria-busy="true" className="space-y-4">
      <div className="h-32 animate-pulse rounded-xl bg-gray-200" />
      <div className="h-24 animate-pulse rounded-xl bg-gray-200" />
    </div>
  )
}
