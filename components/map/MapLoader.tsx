'use client'

import dynamic from 'next/dynamic'

import type { MapLabels } from './MapView'

// The map engine (~250 KB gzipped) is downloaded by the map page only, after the list is on screen.
const MapView = dynamic(() => import('./MapView'), { ssr: false })

type Props = { pointsUrl: string; locale: string; labels: MapLabels; origin: [number, number] | null; zoom?: number }

export function MapLoader(props: Props) {
  return (
    <div
      id="map"
      role="region"
      aria-label={props.labels.map}
      className="h-80 overflow-hidden rounded-lg border border-slate-300 bg-[#cfe3f3] lg:h-[36rem]"
    >
      <MapView {...props} />
    </div>
  )
}
