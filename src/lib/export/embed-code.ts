/**
 * The <iframe> snippet that embeds the current view on another site: the same journey, date and stop,
 * with `embed` so the page shows only the map and the playback bar (and a link back to the app).
 */
const escapeAttr = (s: string): string =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The address of the embed for a page address (any `embed` it had is kept once). */
export function embedUrl(pageUrl: string): string {
	const url = new URL(pageUrl);
	url.searchParams.delete('embed');
	url.searchParams.set('embed', '');
	// `embed` needs no value: `?journey=train&embed` rather than `embed=`.
	return url.href.replace(/([?&])embed=(?=&|$)/, '$1embed');
}

export function embedCode(pageUrl: string, title: string): string {
	return `<iframe src="${escapeAttr(embedUrl(pageUrl))}" title="${escapeAttr(`${title} (Echelon)`)}" width="800" height="520" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`;
}
