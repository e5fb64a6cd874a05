import type { NextConfig } from "next"

// Deal images live on the Medusa backend (its file provider's URLs), or on the hosts listed
// in NEXT_IMAGE_HOSTS (a CDN or S3 bucket, comma-separated). next/image serves raster images
// resized and as AVIF/WebP; SVGs pass through untouched.
const backend = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
const extraHosts = (process.env.NEXT_IMAGE_HOSTS ?? "").split(",").map((host) => host.trim()).filter(Boolean)
const isLocal = ["localhost", "127.0.0.1", "::1"].includes(backend.hostname)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Cached pages and backend answers stay in this process's memory (`cacheMaxMemorySize`,
    // 50 MB by default), not in .next/: one build serves stacks on other databases (the e2e
    // test, the benchmark), which must never see each other's pages. A restart starts cold.
    isrFlushToDisk: false,
  },
  images: {
    formats: ["image/avif", "image/webp"],
    remotePatterns: [
      // Any port: the same build serves the one-command start, the e2e and the benchmark stacks.
      { protocol: backend.protocol.replace(":", "") as "http" | "https", hostname: backend.hostname },
      ...extraHosts.map((hostname) => ({ protocol: "https" as const, hostname })),
    ],
    // A backend on this machine (the one-command start) has a loopback address, which Next
    // refuses to fetch from by default.
    dangerouslyAllowLocalIP: isLocal,
  },
}

export default nextConfig
