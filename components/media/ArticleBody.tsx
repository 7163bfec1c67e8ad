import type { DefaultNodeTypes, SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'

import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import type { CalloutBlock } from '@/payload-types'

const tones = {
  tip: 'border-green-700 bg-green-50',
  info: 'border-brand-700 bg-brand-50',
  warning: 'border-amber-700 bg-amber-50',
} as const

type Labels = Record<keyof typeof tones, string>
type Nodes = DefaultNodeTypes | SerializedBlockNode<CalloutBlock>

/** Where an internal link of an article goes: a module's page, or a community resource itself. */
function internalHref(locale: Locale) {
  return ({ linkNode }: { linkNode: SerializedLinkNode }) => {
    const doc = linkNode.fields.doc
    const value = doc?.value as { slug?: string; url?: string | null } | number | undefined
    if (doc?.relationTo === 'modules' && typeof value === 'object' && value.slug)
      return getPathname({ href: { pathname: '/modules/[slug]', params: { slug: value.slug } }, locale })
    if (doc?.relationTo === 'community-resources' && typeof value === 'object' && value.url) return value.url
    return getPathname({ href: '/ressources-communaute', locale })
  }
}

/** An article's text: Lexical with our callouts, images and links to modules or resources. */
export function ArticleBody({ data, locale, labels }: { data: unknown; locale: Locale; labels: Labels }) {
  const converters: JSXConvertersFunction<Nodes> = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: internalHref(locale) }),
    blocks: {
      callout: ({ node }: { node: SerializedBlockNode<CalloutBlock> }) => (
        <aside className={`my-4 rounded-lg border-l-4 p-4 ${tones[node.fields.tone]}`}>
          <p className="font-bold">{labels[node.fields.tone]}</p>
          <p className="mt-1 whitespace-pre-line">{node.fields.text}</p>
        </aside>
      ),
    },
  })
  return (
    <RichText
      data={data as SerializedEditorState}
      converters={converters}
      className="space-y-4 text-lg leading-relaxed [&_a]:text-brand-700 [&_a]:underline [&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:text-xl [&_h3]:font-bold [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded-lg [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
    />
  )
}
