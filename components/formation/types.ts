import type { ReactNode } from 'react'

/** Steps as the player receives them: plain data, with rich text already rendered on the server. */
export type ContentPlayerStep = {
  id: string
  kind: 'content'
  title: string
  body: ReactNode
  image: { url: string; alt: string } | null
}

export type ChoicePlayerStep = {
  id: string
  kind: 'choice'
  question: string
  multiple: boolean
  options: { id: string; label: string; correct: boolean; feedback: string }[]
  explanation: string
}

export type PlayerStep = ContentPlayerStep | ChoicePlayerStep

export type ChoiceState = {
  selected: string[]
  checked: boolean
  attempts: number
  correct: boolean
  firstTry: boolean
}
