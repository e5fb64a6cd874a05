import type { StoreDigitalAssetVersion, StoreDigitalFile } from "@comptoir/http/digital"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatBytes } from "@/lib/util/bytes"
import { formatDate } from "@/lib/util/dates"
import DownloadButton from "./download-button"

type Props = { file: StoreDigitalFile; locale: Locale; t: Dictionary }

/** One file the customer owns: its latest version to download, and the older ones with their changelogs behind a toggle. */
export default function DigitalFileCard({ file, locale, t }: Props) {
  const strings = t.accountArea.digital
  const [latest, ...older] = file.versions
  if (!latest) return null
  const buttonLabels = { download: strings.actions.download, preparing: strings.actions.preparing }

  const versionLine = (version: StoreDigitalAssetVersion) => (
    <p className="text-sm text-gray-600">
      {formatDate(version.created_at, locale)} · {formatBytes(version.size, locale)} · {strings.downloadCount(version.download_count)}
    </p>
  )

  return (
    <li data-testid="digital-file" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h3 data-testid="digital-file-name" className="break-all font-semibold">{file.name}</h3>
          <p className="text-sm text-gray-600">{file.product?.title ?? strings.deletedProduct}</p>
          <p className="mt-1 text-sm">
            <span data-testid="digital-file-version" className="font-medium">{strings.version(latest.version)}</span>
            {latest.is_current && <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">{strings.current}</span>}
          </p>
          {versionLine(latest)}
        </div>
        <DownloadButton assetId={latest.id} labels={buttonLabels} srLabel={`${file.name}, ${strings.version(latest.version)}`} />
      </div>

      {latest.changelog && (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-brand-700">{strings.changelog}</summary>
          <p className="mt-2 whitespace-pre-line text-gray-700">{latest.changelog}</p>
        </details>
      )}

      {older.length > 0 && (
        <details data-testid="digital-file-older-versions" className="text-sm">
          <summary className="cursor-pointer font-semibold text-brand-700">{strings.olderVersions(older.length)}</summary>
          <ul className="mt-2 divide-y divide-gray-100 rounded-lg border border-gray-100">
            {older.map((version) => (
              <li key={version.id} data-testid="digital-file-older-version" className="flex flex-wrap items-start justify-between gap-4 px-3 py-2">
                <div className="min-w-0">
                  <p className="font-medium">{strings.version(version.version)}</p>
                  {versionLine(version)}
                  {version.changelog && <p className="mt-1 whitespace-pre-line text-gray-700">{version.changelog}</p>}
                </div>
                <DownloadButton assetId={version.id} labels={buttonLabels} srLabel={`${file.name}, ${strings.version(version.version)}`} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  )
}
