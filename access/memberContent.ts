import type { Access } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'

/**
 * Trames, fiches and formations are meant for signed-in members. Members arrive with the next issue;
 * until then this single rule keeps them public (published only), and is the one place to switch.
 */
export const memberContent: Access = (args) => publishedOrStaff(args)
