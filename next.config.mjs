/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The sandbox (msw handlers served over loopback) runs as its own process; keep it out of the server bundle.
  serverExternalPackages: ['msw'],
};

export default nextConfig;
