import * as migration_20261122_154720_initial from './20261122_154720_initial'

export const migrations = [
  {
    up: migration_20261122_154720_initial.up,
    down: migration_20261122_154720_initial.down,
    name: '20261122_154720_initial',
  },
]
