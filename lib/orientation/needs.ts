import { structureOptions } from '@/lib/structures/options'

export type Service = (typeof structureOptions.services)[number]

/**
 * Which kinds of help (a structure's services) answer a weak diagnostic domain. Using a device, typing, the web
 * and e-mail are the everyday basics a digital public space teaches ("outils-quotidien"); the web also opens
 * "understanding the digital world"; online procedures and safety have a service of their own.
 */
const servicesOfDomain: Record<string, Service[]> = {
  device: ['outils-quotidien'],
  typing: ['outils-quotidien'],
  browser: ['outils-quotidien', 'comprendre'],
  email: ['outils-quotidien'],
  admin: ['demarches'],
  safety: ['securite'],
}

/** The services to pre-select for a person's diagnostic priorities, each once, in priority order. Pure. */
export function servicesForPriorities(priorities: readonly string[]): Service[] {
  const services: Service[] = []
  for (const domain of priorities)
    for (const service of servicesOfDomain[domain] ?? []) if (!services.includes(service)) services.push(service)
  return services
}
