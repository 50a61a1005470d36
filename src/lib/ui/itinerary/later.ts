// What the itinerary draws once the map has drawn its first view, in one chunk: the legs between the
// stops, the trips' notes and the unplaced trips below them all. The first view carries neither their
// code nor their HTML (docs/performance.md budgets both).
export { default as LegRow } from './LegRow.svelte';
export { default as TripNotes } from '../TripNotes.svelte';
export { default as UnplacedTrips } from './UnplacedTrips.svelte';
