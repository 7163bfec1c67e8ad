'use client'

import type { MarkerDragEvent, MapLayerMouseEvent } from 'react-map-gl/maplibre'
import { useEffect, useRef, useState } from 'react'

import { defaultBounds, loadEngine, mapboxToken, mapStyle, type Engine } from './engines'

type Props = { label: string; latitude: string; longitude: string }

/**
 * Lets a référent place their structure's pin by dragging it or tapping the map. The coordinates go into
 * the form's latitude and longitude inputs, which stay the keyboard way to do the same.
 */
export default function PinPicker({ label, latitude, longitude }: Props) {
  const [engine, setEngine] = useState<Engine | null>(null)
  const [pin, setPin] = useState<{ longitude: number; latitude: number } | null>(null)
  const container = useRef<HTMLDivElement>(null)

  const input = (name: string) =>
    container.current?.closest('form')?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null

  useEffect(() => {
    const lat = Number(input(latitude)?.value.replace(',', '.'))
    const lon = Number(input(longitude)?.value.replace(',', '.'))
    loadEngine().then((loaded) => {
      setEngine(loaded)
      if (lat && lon) setPin({ latitude: lat, longitude: lon })
    })
    // Read once: afterwards the pin writes into the inputs.
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
    </div>
  )
}
