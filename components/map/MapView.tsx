'use client'

import type { MapLayerMouseEvent, MapRef } from 'react-map-gl/maplibre'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { defaultBounds, loadEngine, mapboxToken, mapStyle, type Engine } from './engines'
import { placeLayerIds } from './offline-style'

export type MapLabels = {
  map: string
  loading: string
  unavailable: string
  cluster: string
  more: string
  close: string
  popupLoading: string
  attribution: string
}

type Props = { pointsUrl: string; locale: string; labels: MapLabels; origin: [number, number] | null; zoom?: number }
type Details = { name: string; address: string; services: string[]; href: string }
type Selected = { id: number; longitude: number; latitude: number; details?: Details }
type Cluster = { id: number; longitude: number; latitude: number; count: number }

const brand = '#1d4ed8'
/** Half of the 44 px a finger needs: a tap this close to a pin or a cluster opens it. */
const touchSlop = 22

/** The interactive map: clusters drawn by the map engine, a popup per place, in step with the result list. */
export default function MapView({ pointsUrl, locale, labels, origin, zoom = 10 }: Props) {
  const [engine, setEngine] = useState<Engine | null>(null)
  const [failed, setFailed] = useState(false)
  const [points, setPoints] = useState<number[]>([])
  const [selected, setSelected] = useState<Selected | null>(null)
  const [clusters, setClusters] = useState<Cluster[]>([])
  const [ready, setReady] = useState(false)
  const [placeNames, setPlaceNames] = useState('')
  const mapRef = useRef<MapRef>(null)

  useEffect(() => {
    const canvas = document.createElement('canvas')
    const webgl = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
    ;(webgl ? loadEngine() : Promise.reject(new Error('no WebGL'))).then(setEngine, () => setFailed(true))
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    fetch(pointsUrl, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ points: number[] }>)
      .then((data) => setPoints(data.points))
      .catch(() => undefined)
    return () => controller.abort()
  }, [pointsUrl])

  const geojson = useMemo(() => toGeoJson(points), [points])

  const open = useCallback(
    (id: number, longitude: number, latitude: number) => {
      setSelected({ id, longitude, latitude })
      fetch(`/api/map/structures/${id}?locale=${locale}`)
        .then((response) => (response.ok ? (response.json() as Promise<Details>) : Promise.reject()))
        .then((details) => setSelected((current) => (current?.id === id ? { ...current, details } : current)))
        .catch(() => setSelected(null))
    },
    [locale],
  )

  // "Voir sur la carte" in the list.
  useEffect(() => {
    const show = (event: Event) => {
      const id = (event as CustomEvent<{ id: number }>).detail.id
      for (let i = 0; i < points.length; i += 3) {
        if (points[i] !== id) continue
        const [longitude, latitude] = [points[i + 1]! / 1e4, points[i + 2]! / 1e4]
        mapRef.current?.flyTo({ center: [longitude, latitude], zoom: Math.max(mapRef.current.getZoom(), 11) })
        return open(id, longitude, latitude)
      }
    }
    window.addEventListener('digit:show-structure', show)
    return () => window.removeEventListener('digit:show-structure', show)
  }, [points, open])

  // Cluster counts as HTML buttons: the style has no font (glyphs would be an external request), and
  // buttons let keyboard users zoom into a cluster.
  const refreshClusters = useCallback(() => {
    const map = mapRef.current
    if (!map?.getLayer('clusters')) return
    const seen = new Map<number, Cluster>()
    for (const feature of map.queryRenderedFeatures({ layers: ['clusters'] })) {
      const id = Number(feature.properties?.cluster_id)
      const [longitude, latitude] = (feature.geometry as GeoJSON.Point).coordinates as [number, number]
      if (!seen.has(id)) seen.set(id, { id, longitude, latitude, count: Number(feature.properties?.point_count) })
    }
    const next = [...seen.values()]
    setClusters((current) => (sameClusters(current, next) ? current : next))
    // The place names the basemap shows, in the DOM for tests and tools (the canvas itself is opaque).
    if (!mapboxToken) {
      const layers = placeLayerIds.filter((id) => map.getLayer(id))
      const names = new Set(
        map
          .queryRenderedFeatures({ layers })
          .map((f) => String(f.properties?.[`name_${locale}`] ?? f.properties?.name)),
      )
      setPlaceNames([...names].sort().slice(0, 40).join('|'))
    }
    setReady(true)
  }, [locale])

  const zoomInto = useCallback(async (cluster: Cluster) => {
    const source = mapRef.current?.getSource('structures') as
      | { getClusterExpansionZoom: (id: number) => Promise<number> }
      | undefined
    const zoom = source ? await source.getClusterExpansionZoom(cluster.id) : (mapRef.current?.getZoom() ?? 8) + 2
    mapRef.current?.easeTo({ center: [cluster.longitude, cluster.latitude], zoom })
  }, [])

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      // A pin is 20 px wide: a tap near it (a 44 × 44 px square around the finger) counts too.
      const { x, y } = event.point
      const feature =
        event.features?.[0] ??
        mapRef.current?.queryRenderedFeatures(
          [
            [x - touchSlop, y - touchSlop],
            [x + touchSlop, y + touchSlop],
          ],
          { layers: ['clusters', 'points'] },
        )[0]
      if (!feature) return
      const [longitude, latitude] = (feature.geometry as GeoJSON.Point).coordinates as [number, number]
      if (feature.properties?.cluster_id !== undefined) {
        const count = Number(feature.properties.point_count)
        return void zoomInto({ id: Number(feature.properties.cluster_id), longitude, latitude, count })
      }
      open(Number(feature.properties?.id), longitude, latitude)
    },
    [open, zoomInto],
  )

  if (failed) return <p className="p-4">{labels.unavailable}</p>
  if (!engine) return <p className="p-4">{labels.loading}</p>
  const { Map: MapGL, Source, Layer, Popup, Marker, NavigationControl } = engine

  return (
    <div
      className="relative h-full w-full"
      data-state={ready ? 'ready' : 'loading'}
      data-points={points.length / 3}
      data-place-names={placeNames}
    >
      <MapGL
        ref={mapRef}
        {...(mapboxToken ? { mapboxAccessToken: mapboxToken } : {})}
        initialViewState={origin ? { longitude: origin[0], latitude: origin[1], zoom } : { bounds: defaultBounds }}
        mapStyle={mapStyle(window.location.origin, locale) as never}
        style={{ width: '100%', height: '100%' }}
        interactiveLayerIds={['clusters', 'points']}
        onClick={onClick}
        onIdle={refreshClusters}
        onError={() => undefined}
        attributionControl={{ customAttribution: mapboxToken ? undefined : labels.attribution }}
        cooperativeGestures={false}
      >
        <NavigationControl showCompass={false} />
        <Source id="structures" type="geojson" data={geojson} cluster clusterRadius={45} clusterMaxZoom={13}>
          <Layer
            id="clusters"
            type="circle"
            filter={['has', 'point_count']}
            paint={{
              'circle-color': brand,
              'circle-opacity': 0.85,
              'circle-radius': ['step', ['get', 'point_count'], 16, 10, 20, 100, 26, 1000, 32],
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 2,
            }}
          />
          <Layer
            id="points"
            type="circle"
            filter={['!', ['has', 'point_count']]}
            paint={{
              'circle-color': brand,
              'circle-radius': 8,
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 2,
            }}
          />
        </Source>
        {clusters.map((cluster) => (
          <Marker key={cluster.id} longitude={cluster.longitude} latitude={cluster.latitude} ref={plainMarker}>
            <button
              type="button"
              onClick={() => void zoomInto(cluster)}
              aria-label={labels.cluster.replace('{count}', String(cluster.count))}
              className="min-h-6 min-w-6 rounded-full px-1 text-sm font-bold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-yellow-400 pointer-coarse:min-h-11 pointer-coarse:min-w-11"
            >
              {cluster.count}
            </button>
          </Marker>
        ))}
        {selected ? (
          <Popup
            longitude={selected.longitude}
            latitude={selected.latitude}
            closeButton={false}
            onClose={() => setSelected(null)}
            maxWidth="18rem"
            offset={12}
          >
            <div
              className="text-base text-slate-900"
              role="dialog"
              aria-label={selected.details?.name ?? labels.popupLoading}
            >
              {selected.details ? (
                <>
                  <h3 className="text-lg font-bold">{selected.details.name}</h3>
                  <p>{selected.details.address}</p>
                  {selected.details.services.length ? (
                    <ul className="mt-1 list-disc pl-5">
                      {selected.details.services.map((service) => (
                        <li key={service}>{service}</li>
                      ))}
                    </ul>
                  ) : null}
                  <a href={selected.details.href} className="mt-2 inline-block font-semibold text-brand-700 underline">
                    {labels.more}
                  </a>
                </>
              ) : (
                <p>{labels.popupLoading}</p>
              )}
              <button
                type="button"
                onClick={() => setSelected(null)}
                className="mt-2 block min-h-11 rounded border border-slate-400 px-3 font-semibold"
              >
                {labels.close}
              </button>
            </div>
          </Popup>
        ) : null}
      </MapGL>
    </div>
  )
}

/**
 * The engine makes a marker a "button" unless it already has a role and a label (it checks when the marker
 * is added, after this ref runs). Ours holds a real button, so its wrapper must stay neutral.
 */
function plainMarker(marker: { getElement: () => HTMLElement } | null) {
  marker?.getElement().setAttribute('role', 'none')
  marker?.getElement().setAttribute('aria-label', '')
}

function toGeoJson(points: number[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = []
  for (let i = 0; i < points.length; i += 3) {
    features.push({
      type: 'Feature',
      properties: { id: points[i] },
      geometry: { type: 'Point', coordinates: [points[i + 1]! / 1e4, points[i + 2]! / 1e4] },
    })
  }
  return { type: 'FeatureCollection', features }
}

function sameClusters(a: Cluster[], b: Cluster[]): boolean {
  return a.length === b.length && a.every((cluster, i) => cluster.id === b[i]?.id && cluster.count === b[i]?.count)
}
