/** Pure rules of "find it on the picture" questions. Coordinates are percentages of the picture (0–100). */
export type Point = { x: number; y: number }
export type Zone = { x: number; y: number; width: number; height: number }

const clamp = (value: number) => Math.max(0, Math.min(100, value))

/** Right when the marker is inside the zone, edges included (a tap on the border of a button counts). */
export function isInZone(zone: Zone, point: Point): boolean {
  return point.x >= zone.x && point.x <= zone.x + zone.width && point.y >= zone.y && point.y <= zone.y + zone.height
}

export function zoneCenter(zone: Zone): Point {
  return { x: clamp(zone.x + zone.width / 2), y: clamp(zone.y + zone.height / 2) }
}

/** Where a click lands, as percentages of the picture's box. */
export function pointInBox(
  clientX: number,
  clientY: number,
  box: { left: number; top: number; width: number; height: number },
): Point {
  return {
    x: clamp(((clientX - box.left) / box.width) * 100),
    y: clamp(((clientY - box.top) / box.height) * 100),
  }
}

/**
 * Arrow keys move the marker by `stepSize` percent; the first press places it in the middle of the picture.
 * Undefined for any other key.
 */
export function moveMarker(point: Point | null, key: string, stepSize = 5): Point | undefined {
  const from = point ?? { x: 50, y: 50 }
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-stepSize, 0],
    ArrowRight: [stepSize, 0],
    ArrowUp: [0, -stepSize],
    ArrowDown: [0, stepSize],
  }
  const move = moves[key]
  if (!move) return undefined
  return point ? { x: clamp(from.x + move[0]), y: clamp(from.y + move[1]) } : from
}
