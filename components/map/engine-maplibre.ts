import 'maplibre-gl/dist/maplibre-gl.css'

export * from 'react-map-gl/maplibre'
