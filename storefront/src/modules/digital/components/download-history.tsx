import type { StoreDownload } from "@comptoir/http/digital"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatDateTime } from "@/lib/util/dates"

type Props = { downloads: StoreDownload[]; locale: Locale; t: Dictionary }

/** The customer's latest downloads (the backend keeps the 50 newest here): when, which file, which version. */
export default function DownloadHistory({ downloads, locale, t }: Props) {
  const strings = t.accountArea.digital
  return (
    <section data-testid="download-history" aria-labelledby="download-history-title" className="space-y-3">
      <h3 id="download-history-title" className="text-lg font-bold">{strings.history}</h3>
      {downloads.length === 0 ? (
        <p className="text-sm text-gray-600">{strings.historyEmpty}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-gray-200 text-gray-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{strings.historyDate}</th>
                <th scope="col" className="px-4 py-2 font-medium">{strings.historyFile}</th>
                <th scope="col" className="px-4 py-2 font-medium">{strings.historyVersion}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {downloads.map((download) => (
                <tr key={download.id} data-testid="download-history-row">
                  <td className="whitespace-nowrap px-4 py-2">{formatDateTime(download.created_at, locale)}</td>
                  <td className="break-all px-4 py-2">{download.name ?? strings.deletedFile}</td>
                  <td className="px-4 py-2">{download.version ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
