/** The help centre's categories, in the order /faq shows them (labels: messages `faq.categories`). */
export const faqCategories = ['platform', 'accounts', 'learning', 'diagnostics', 'map', 'contact'] as const
export type FaqCategory = (typeof faqCategories)[number]
