// How far the page's card over the map's top edge (the date and headline, marked `data-map-cover`)
// reaches down into the map, so that the camera's fits keep the journeys clear of it (camera.ts). Read
// from the layout; the card is server-rendered, so this holds before hydration too (load-map.ts).

/** Px from the map's top to the lowest bottom edge of a `data-map-cover` element over its upper half. */
export function coveredTopPx(container: HTMLElement): number {
	const map = container.getBoundingClientRect();
	let covered = 0;
	for (const cover of document.querySelectorAll('[data-map-cover]')) {
		const r = cover.getBoundingClientRect();
		const over = r.right > map.left && r.left < map.right && r.top < map.top + map.height / 2;
		if (over) covered = Math.max(covered, r.bottom - map.top);
	}
	// A card taller than half the map is a layout gone wrong: the map keeps its lower half.
	return Math.round(Math.min(covered, map.height / 2));
}
