import type { AdminDigitalAsset } from "./digital-types"

const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const

/** A size in bytes, human readable in `language` ("1.5 MB", "1,5 Mo"), in powers of 1024. */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(language, {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

/** The versions of one file of one variant, current version first. */
export type DigitalFileGroup = { key: string; variant_id: string; name: string; versions: AdminDigitalAsset[] }

/** Groups asset versions by variant and name, keeping the server's order, the current version first in each group. */
export function groupDigitalAssets(assets: AdminDigitalAsset[]): DigitalFileGroup[] {
  const groups = new Map<string, DigitalFileGroup>()
  for (const asset of assets) {
    const key = `${asset.variant_id}\u0000${asset.name}`
    const group = groups.get(key) ?? { key, variant_id: asset.variant_id, name: asset.name, versions: [] }
    group.versions.push(asset)
    groups.set(key, group)
  }
  return [...groups.values()].map((group) => ({
    ...group,
    versions: [...group.versions].sort((a, b) => Number(b.is_current) - Number(a.is_current)),
  }))
}
