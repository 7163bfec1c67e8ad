import type { DefaultNodeTypes, SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'

import { Notice, type NoticeTone } from '@/components/ui/Notice'
import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import type { CalloutBlock } from '@/payload-types'

/** The editor's callout tones, as notice tones. */
const tones = { tip: 'success', info: 'info', warning: 'warning' } as const satisfies Record<string, NoticeTone>

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
        <Notice as="aside" tone={tones[node.fields.tone]} look="bar" className="my-4">
          <p className="font-bold">{labels[node.fields.tone]}</p>
          <p className="mt-1 whitespace-pre-line">{node.fields.text}</p>
        </Notice>
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
