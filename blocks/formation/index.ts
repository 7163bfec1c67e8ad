import type { Block } from 'payload'

import { ChoiceStep } from './ChoiceStep'
import { ContentStep } from './ContentStep'
import { HotspotStep } from './HotspotStep'
import { OrderStep } from './OrderStep'
import { SimulatedStep } from './SimulatedStep'
import { TypeTextStep } from './TypeTextStep'

/**
 * Every kind of formation step. A new kind is one more block here, plus its conversion in
 * components/formation/toPlayerSteps.tsx and its entry in the player's registry (components/formation/kinds.tsx).
 */
export const formationStepBlocks: Block[] = [
  ContentStep,
  ChoiceStep,
  HotspotStep,
  TypeTextStep,
  OrderStep,
  SimulatedStep,
]
