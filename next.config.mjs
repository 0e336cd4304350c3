/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The sandbox (msw handlers served over loopback) runs as its own process; keep it out of the server bundle.
  // prom-client and the OpenTelemetry SDK are loaded by Node as they are: one copy per process, whatever the bundles.
  serverExternalPackages: [
    'msw',
    'prom-client',
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
  ],
  experimental: {
    // Next buffers (twice) up to this much of every page request body that passes proxy.ts (API routes skip it),
    // whether or not anything reads it (default 10 MB). Past 1 MB it is cut off here.
    proxyClientMaxBodySize: '1mb',
  },
};

export default nextConfig;
