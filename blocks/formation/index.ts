import type { Block } from 'payload'

import { ChoiceStep } from './ChoiceStep'
import { ContentStep } from './ContentStep'

/**
 * Every kind of formation step. A new kind (hotspot, typed text, ordering, simulated screen) is one more
 * block here plus one player component registered in components/formation/steps.
 */
export const formationStepBlocks: Block[] = [ContentStep, ChoiceStep]
