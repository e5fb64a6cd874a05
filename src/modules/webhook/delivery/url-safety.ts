import dns from "node:dns"
import net from "node:net"

/** What the plugin options allow beyond public HTTPS addresses. */
export type UrlPolicy = { allowLoopback: boolean; allowHttp: boolean }

// Where a webhook must never go (SSRF): private, shared, link-local (cloud metadata at
// 169.254.169.254 and fd00:ec2::254), multicast and reserved ranges.
const forbidden = new net.BlockList()
for (const [prefix, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24],
  ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) forbidden.addSubnet(prefix, bits, "ipv4")
for (const [prefix, bits] of [["::", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) forbidden.addSubnet(prefix, bits, "ipv6")
const loopback = new net.BlockList()
loopback.addSubnet("127.0.0.0", 8, "ipv4")
loopback.addAddress("::1", "ipv6")

/** Why an IP address may not receive webhooks, or null when it may. */
export function forbiddenAddressReason(address: string, policy: UrlPolicy): string | null {
  let ip = address.replace(/^\[|\]$/g, "")
  // IPv4 written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) ip = mapped[1]
  const family = net.isIPv4(ip) ? "ipv4" : net.isIPv6(ip) ? "ipv6" : null
  if (!family) return `${address} is not an IP address`
  if (loopback.check(ip, family)) return policy.allowLoopback ? null : `${address} is a loopback address`
  if (forbidden.check(ip, family)) return `${address} is a private, link-local or reserved address`
  return null
}

/** Why a URL may not receive webhooks without resolving it (scheme, credentials, literal IP), or null. */
export function urlShapeProblem(raw: string, policy: UrlPolicy): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return "is not a valid URL"
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) {
    return policy.allowHttp ? "must use http or https" : "must use https"
  }
  if (url.username || url.password) return "must not carry credentials (use a custom header)"
  const host = url.hostname.replace(/^\[|\]$/g, "")
  if (net.isIP(host)) {
    const reason = forbiddenAddressReason(host, policy)
    if (reason) return `is refused: ${reason}`
  }
  return null
}

/** Why a URL may not receive webhooks once its host is resolved (every address must be allowed), or null. */
export async function urlProblem(raw: string, policy: UrlPolicy): Promise<string | null> {
  const shape = urlShapeProblem(raw, policy)
  if (shape) return shape
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "")
  if (net.isIP(host)) return null
  let addresses: dns.LookupAddress[]
  try {
    addresses = await dns.promises.lookup(host, { all: true })
  } catch {
    return `is refused: ${host} does not resolve`
  }
  for (const { address } of addresses) {
    const reason = forbiddenAddressReason(address, policy)
    if (reason) return `is refused: ${host} resolves to ${reason}`
  }
  return null
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void

/**
 * A `lookup` for http.request that refuses forbidden addresses at connection time, so a name
 * that resolved to a public address at creation cannot be pointed at a private one later.
 */
export function safeLookup(policy: UrlPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      for (const { address } of addresses) {
        const reason = forbiddenAddressReason(address, policy)
        if (reason) return callback(Object.assign(new Error(`${hostname} resolves to ${reason}`), { code: "EWEBHOOKFORBIDDEN" }), [])
      }
      if (options.all) return callback(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}
