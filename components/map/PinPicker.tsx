'use client'

import type { MarkerDragEvent, MapLayerMouseEvent } from 'react-map-gl/maplibre'
import { useCallback, useEffect, useRef, useState } from 'react'

import { defaultBounds, loadEngine, mapboxToken, mapStyle, type Engine } from './engines'
import { PinPlacementStatus } from './PinPlacementStatus'
import type { PinPlacementLabels } from '@/lib/forms/types'

type Props = { label: string; latitude: string; longitude: string; placement?: PinPlacementLabels }

/**
 * Lets a référent place their structure's pin by dragging it or tapping the map. The coordinates go into
 * the form's latitude and longitude inputs, which stay the keyboard way to do the same.
 */
export default function PinPicker({ label, latitude, longitude, placement }: Props) {
  const [engine, setEngine] = useState<Engine | null>(null)
  const [pin, setPin] = useState<{ longitude: number; latitude: number } | null>(null)
  const container = useRef<HTMLDivElement>(null)

  const form = useCallback(() => container.current?.closest('form') ?? null, [])
  const input = (name: string) => form()?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null

  useEffect(() => {
    const read = () => {
      const lat = Number(input(latitude)?.value.replace(',', '.'))
      const lon = Number(input(longitude)?.value.replace(',', '.'))
      return lat && lon && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { latitude: lat, longitude: lon } : null
    }
    loadEngine().then((loaded) => {
      setEngine(loaded)
      setPin(read())
    })
    // Typing coordinates (the keyboard way) moves the pin; a changed address checks the pin again.
    const element = form()
    const onChange = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name
      if (name === latitude || name === longitude) setPin(read())
      else if (placement && Object.values(placement.address).includes(name ?? '')) setPin((p) => (p ? { ...p } : p))
    }
    element?.addEventListener('change', onChange)
    return () => element?.removeEventListener('change', onChange)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const place = (lon: number, lat: number) => {
    const rounded = { longitude: Math.round(lon * 1e5) / 1e5, latitude: Math.round(lat * 1e5) / 1e5 }
    setPin(rounded)
    for (const [name, value] of [
      [latitude, rounded.latitude],
      [longitude, rounded.longitude],
    ] as const) {
      const field = input(name)
      if (field) field.value = String(value)
    }
  }

  return (
    <div ref={container}>
      <p id="pin-help" className="font-semibold">
        {label}
      </p>
      <div
        className="mt-2 h-72 overflow-hidden rounded-lg border border-slate-300 bg-[#cfe3f3]"
        aria-describedby="pin-help"
      >
        {engine ? (
          <engine.Map
            {...(mapboxToken ? { mapboxAccessToken: mapboxToken } : {})}
            initialViewState={pin ? { ...pin, zoom: 13 } : { bounds: defaultBounds }}
            mapStyle={mapStyle(window.location.origin, document.documentElement.lang) as never}
            style={{ width: '100%', height: '100%' }}
            onClick={(event: MapLayerMouseEvent) => place(event.lngLat.lng, event.lngLat.lat)}
          >
            {pin ? (
              <engine.Marker
                longitude={pin.longitude}
                latitude={pin.latitude}
                draggable
                color="#1d4ed8"
                onDragEnd={(event: MarkerDragEvent) => place(event.lngLat.lng, event.lngLat.lat)}
              />
            ) : null}
          </engine.Map>
        ) : null}
      </div>
      {placement ? <PinPlacementStatus labels={placement} form={form} pin={pin} /> : null}
    </div>
  )
}
