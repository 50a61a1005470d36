/**
 * Schemas of everything in `geodata/` (see geodata/README.md for the prose version), one module per
 * part: the building blocks (schema-base), places and the network (schema-places), journeys
 * (schema-journey) and their published distance claims (schema-claims), who held what when
 * (schema-control). Types are inferred from these schemas so the validator and the types cannot
 * drift apart. Rules that span files (source ids resolve, dates ordered, legs near their stops) live
 * in `cross-checks.ts`.
 */
export * from './schema-base';
export * from './schema-places';
export * from './schema-claims';
export * from './schema-journey';
export * from './schema-control';
