import 'mapbox-gl/dist/mapbox-gl.css'

export * from 'react-map-gl/mapbox'
