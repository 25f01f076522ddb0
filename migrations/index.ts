import * as migration_20261128_141502_initial from './20261128_141502_initial';

export const migrations = [
  {
    up: migration_20261128_141502_initial.up,
    down: migration_20261128_141502_initial.down,
    name: '20261128_141502_initial'
  },
];
