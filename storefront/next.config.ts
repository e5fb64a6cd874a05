import type { NextConfig } from "next"

// Deal images are absolute URLs on the Medusa backend and are rendered with plain <img>,
// so no `images` configuration is needed.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
