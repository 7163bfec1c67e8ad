import type { ComponentType } from 'react'

import type { ScreenId } from '@/lib/diagnostic/screens'

import { FormTask } from './AdminTask'
import { AddressBarTask, BackTask, LinkTask, SearchTask } from './BrowserTasks'
import { DoubleClickTask, DragTask, ScrollTask, TapTask } from './DeviceTasks'
import { AttachmentTask, FindMessageTask, ReplyTask } from './EmailTasks'
import { PhishingTask, UnsafeSiteTask } from './SafetyTasks'
import type { TaskProps } from './types'
import { AtSignTask, CapitalsTask, TypeNameTask } from './TypingTasks'

/** The component of each screen of the registry (lib/diagnostic/screens.ts): one for each, checked by the type. */
export const taskScreens: Record<ScreenId, ComponentType<TaskProps>> = {
  tap: TapTask,
  scroll: ScrollTask,
  doubleClick: DoubleClickTask,
  drag: DragTask,
  typeName: TypeNameTask,
  capitals: CapitalsTask,
  atSign: AtSignTask,
  link: LinkTask,
  search: SearchTask,
  back: BackTask,
  addressBar: AddressBarTask,
  findMessage: FindMessageTask,
  attachment: AttachmentTask,
  reply: ReplyTask,
  form: FormTask,
  phishing: PhishingTask,
  unsafeSite: UnsafeSiteTask,
}
