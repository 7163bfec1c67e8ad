import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // The proxy answers 413 above this size first (lib/http/actionLimit.ts): keep both equal.
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
