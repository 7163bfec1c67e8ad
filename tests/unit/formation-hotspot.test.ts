import { describe, expect, it } from 'vitest'

import { isInZone, moveMarker, pointInBox, zoneCenter } from '@/lib/formation/hotspot'

const zone = { x: 10, y: 20, width: 30, height: 10 }

describe('isInZone', () => {
  it('is right inside the zone, edges included', () => {
    expect(isInZone(zone, { x: 25, y: 25 })).toBe(true)
    expect(isInZone(zone, { x: 10, y: 20 })).toBe(true)
    expect(isInZone(zone, { x: 40, y: 30 })).toBe(true)
  })

  it('is wrong outside', () => {
    expect(isInZone(zone, { x: 9.9, y: 25 })).toBe(false)
    expect(isInZone(zone, { x: 25, y: 30.1 })).toBe(false)
    expect(isInZone(zone, { x: 80, y: 80 })).toBe(false)
  })

  it('has its centre inside', () => {
    expect(zoneCenter(zone)).toEqual({ x: 25, y: 25 })
    expect(isInZone(zone, zoneCenter(zone))).toBe(true)
  })
})

describe('pointInBox', () => {
  it('turns a click into percentages of the picture, clamped to it', () => {
    const box = { left: 100, top: 50, width: 200, height: 100 }
    expect(pointInBox(150, 100, box)).toEqual({ x: 25, y: 50 })
    expect(pointInBox(0, 500, box)).toEqual({ x: 0, y: 100 })
  })
})

describe('moveMarker', () => {
  it('places the marker in the middle first, then moves it by steps, within the picture', () => {
    expect(moveMarker(null, 'ArrowLeft')).toEqual({ x: 50, y: 50 })
    expect(moveMarker({ x: 50, y: 50 }, 'ArrowLeft')).toEqual({ x: 45, y: 50 })
    expect(moveMarker({ x: 50, y: 50 }, 'ArrowDown', 10)).toEqual({ x: 50, y: 60 })
    expect(moveMarker({ x: 98, y: 1 }, 'ArrowRight')).toEqual({ x: 100, y: 1 })
    expect(moveMarker({ x: 98, y: 1 }, 'ArrowUp')).toEqual({ x: 98, y: 0 })
  })

  it('ignores other keys', () => {
    expect(moveMarker({ x: 50, y: 50 }, 'Enter')).toBeUndefined()
  })
})
