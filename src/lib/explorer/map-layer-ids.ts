// The optional map layers' ids, apart from url-state.ts: the layers model (first view) needs only
// these, and url-state's parsing loads after the first view (url-later.ts).

/** The optional map layers, in the order the URL lists them. */
export const MAP_LAYERS = ['network', 'front'] as const;
export type MapLayerId = (typeof MAP_LAYERS)[number];
