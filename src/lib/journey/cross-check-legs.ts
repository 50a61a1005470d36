/** A journey's legs: between consecutive stops, ending at them, and rail legs on the open network. */
import { distance } from '@turf/turf';
import { compareIsoDates } from './days';
import type { GeodataIssue, Journey } from './types';
import type { LngLat } from './schema';
import {
	earliestDate,
	duplicates,
	LEG_END_TOLERANCE_KM,
	regionIssue,
	regionTest,
	vertexKey,
	type JourneyContext
} from './cross-check-kit';

/** Legs: cited, between consecutive stops of their trip, ending at their stops, rail legs on the network. */
export function checkLegs(journey: Journey, ctx: JourneyContext, issues: GeodataIssue[]): void {
	const { meta, stops, legs } = journey;
	const legsFile = `geodata/journeys/${meta.id}/legs.geojson`;
	const stopIndex = new Map(stops.map((st, i) => [st.id, i]));
	const inRegion = regionTest(meta.region.bbox);
	duplicates(legs.map((l) => l.id)).forEach((id) =>
		issues.push({ file: legsFile, feature: id, message: 'duplicate leg id' })
	);
	for (const leg of legs) {
		const p = leg.properties;
		ctx.cite(legsFile, leg.id, 'properties.sources', p.sources);
		ctx.citeNotes(legsFile, leg.id, 'properties.', p.notes);
		p.via?.forEach((v, i) => ctx.placeExists(legsFile, leg.id, `properties.via.${i}`, v));
		const coords = leg.geometry.coordinates;
		const outside = coords.find((c) => !inRegion(c));
		if (outside) issues.push(regionIssue(legsFile, leg.id, outside, meta.region.bbox));

		const fromAt = stopIndex.get(p.from);
		const toAt = stopIndex.get(p.to);
		for (const [end, at] of [
			['from', fromAt],
			['to', toAt]
		] as const) {
			if (at === undefined) {
				issues.push({
					file: legsFile,
					feature: leg.id,
					path: `properties.${end}`,
					message: `stop "${p[end]}" is not in stops.geojson`
				});
			}
		}
		if (fromAt === undefined || toAt === undefined) continue;
		if (toAt !== fromAt + 1) {
			issues.push({
				file: legsFile,
				feature: leg.id,
				path: 'properties.to',
				message: `a leg joins consecutive stops: "${p.to}" does not directly follow "${p.from}" in stops.geojson`
			});
		}
		const fromStop = stops[fromAt];
		const toStop = stops[toAt];
		if (!fromStop || !toStop) continue;
		if (fromStop.properties.trip !== p.trip || toStop.properties.trip !== p.trip) {
			issues.push({
				file: legsFile,
				feature: leg.id,
				path: 'properties.trip',
				message: `the leg is in trip ${p.trip} but its stops are in trips ${fromStop.properties.trip} and ${toStop.properties.trip}`
			});
		}
		checkLegEnds(
			leg.id,
			coords,
			fromStop.geometry.coordinates,
			toStop.geometry.coordinates,
			legsFile,
			issues
		);
		if (p.mode === 'rail') {
			const legDate =
				earliestDate(fromStop.properties.depart, fromStop.properties.arrive) ??
				earliestDate(toStop.properties.arrive, toStop.properties.depart);
			checkRailLeg(leg.id, p, coords, legDate, ctx, legsFile, issues);
		}
	}
}

function checkLegEnds(
	legId: string,
	coords: LngLat[],
	fromLngLat: LngLat,
	toLngLat: LngLat,
	file: string,
	issues: GeodataIssue[]
): void {
	const first = coords[0];
	const last = coords[coords.length - 1];
	if (first && distance(first, fromLngLat) > LEG_END_TOLERANCE_KM) {
		issues.push({
			file,
			feature: legId,
			path: 'geometry.coordinates.0',
			message: `the leg starts ${distance(first, fromLngLat).toFixed(1)} km from its "from" stop (limit ${LEG_END_TOLERANCE_KM} km)`
		});
	}
	if (last && distance(last, toLngLat) > LEG_END_TOLERANCE_KM) {
		issues.push({
			file,
			feature: legId,
			path: `geometry.coordinates.${coords.length - 1}`,
			message: `the leg ends ${distance(last, toLngLat).toFixed(1)} km from its "to" stop (limit ${LEG_END_TOLERANCE_KM} km)`
		});
	}
}

function checkRailLeg(
	legId: string,
	p: { shape: string; network?: string[]; reasoning?: string },
	coords: LngLat[],
	legDate: string | undefined,
	ctx: JourneyContext,
	file: string,
	issues: GeodataIssue[]
): void {
	if (p.shape !== 'routed') {
		if (!p.reasoning?.trim()) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.shape',
				message:
					'a rail leg is routed on networks/rail-1918.geojson; if it cannot be (no network there), say why in "reasoning"'
			});
		}
		return;
	}
	const off = coords.findIndex((c) => !ctx.vertexKeys.has(vertexKey(c)));
	if (off >= 0) {
		issues.push({
			file,
			feature: legId,
			path: `geometry.coordinates.${off}`,
			message:
				'a routed rail leg must follow the network vertex by vertex: re-run npm run geodata:build'
		});
	}
	for (const id of p.network ?? []) {
		const opened = ctx.sectionOpened.get(id);
		if (opened === undefined) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.network',
				message: `no network section "${id}"`
			});
		} else if (legDate && compareIsoDates(opened, legDate) > 0) {
			issues.push({
				file,
				feature: legId,
				path: 'properties.network',
				message: `section "${id}" opened on ${opened}, after the leg (${legDate}): route it over lines open then`
			});
		}
	}
}
