import type { ComponentType } from 'react'

import type { TaskId } from '@/lib/diagnostic/tasks'

import { FormTask } from './AdminTask'
import { AddressBarTask, BackTask, LinkTask, SearchTask } from './BrowserTasks'
import { DoubleClickTask, DragTask, ScrollTask, TapTask } from './DeviceTasks'
import { AttachmentTask, FindMessageTask, ReplyTask } from './EmailTasks'
import { PhishingTask, UnsafeSiteTask } from './SafetyTasks'
import type { TaskProps } from './types'
import { AtSignTask, CapitalsTask, TypeNameTask } from './TypingTasks'

/** The screen of each task of lib/diagnostic/tasks.ts. */
export const taskScreens: Record<TaskId, ComponentType<TaskProps>> = {
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
