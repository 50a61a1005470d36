/**
 * A figure around a map image, drawn on a 2D canvas: a title band above (title, date and place), a
 * strip below (legend, scale bar, a short citation line). The same drawing serves the saved image and
 * each video frame's caption. Takes a context, creates nothing: no DOM of its own.
 */
export interface LegendItem {
	color: string;
	label: string;
	/** line (a route), dashed (an inferred route), dot (a stop), ring (a stop not yet reached) */
	kind: 'line' | 'dashed' | 'dot' | 'ring';
}

export interface FigureText {
	title: string;
	/** The date and where the journey is then. */
	when: string;
	legend: readonly LegendItem[];
	citation: string;
}

/** Band heights and the type size for an image `width` px wide (everything scales with it). */
export function figureLayout(width: number) {
	const font = Math.max(12, Math.round(width / 70));
	return {
		font,
		pad: Math.round(font * 0.8),
		top: Math.round(font * 3.6),
		bottom: Math.round(font * 5.2)
	};
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ km) no longer than `maxPx` at `kmPerPx`. */
export function niceScale(kmPerPx: number, maxPx: number): { km: number; px: number } {
	const maxKm = kmPerPx * maxPx;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const km = [5, 2, 1].map((m) => m * power).find((k) => k <= maxKm) ?? power;
	return { km, px: km / kmPerPx };
}

const INK = '#2b2620';
const PAPER = '#fffdf8';
const MUTED = '#5b5248';

/** Shortens `text` with an ellipsis until it fits `maxWidth`. */
export function fit(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
	if (ctx.measureText(text).width <= maxWidth) return text;
	let s = text;
	while (s.length > 1 && ctx.measureText(`${s}…`).width > maxWidth) s = s.slice(0, -1);
	return `${s}…`;
}

/** Draws the bands around a map already drawn at (0, layout.top), `mapHeight` px tall. */
export function drawFigure(
	ctx: CanvasRenderingContext2D,
	width: number,
	mapHeight: number,
	text: FigureText,
	kmPerPx: number
): void {
	const { font, pad, top, bottom } = figureLayout(width);
	const family = "'DejaVu Sans', 'Liberation Sans', sans-serif";
	ctx.fillStyle = PAPER;
	ctx.fillRect(0, 0, width, top);
	ctx.fillRect(0, top + mapHeight, width, bottom);
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = INK;
	ctx.font = `bold ${Math.round(font * 1.3)}px ${family}`;
	ctx.fillText(fit(ctx, text.title, width - 2 * pad), pad, pad + font * 1.2);
	ctx.font = `${font}px ${family}`;
	ctx.fillStyle = MUTED;
	ctx.fillText(fit(ctx, text.when, width - 2 * pad), pad, pad + font * 2.6);

	// Legend: a row of swatches with labels.
	const y0 = top + mapHeight;
	let x = pad;
	const rowY = y0 + pad + font * 0.6;
	ctx.font = `${Math.round(font * 0.9)}px ${family}`;
	for (const item of text.legend) {
		drawSwatch(ctx, item, x, rowY, font);
		ctx.fillStyle = INK;
		ctx.fillText(item.label, x + font * 2, rowY + font * 0.35);
		x += font * 2.6 + ctx.measureText(item.label).width;
	}
	// Scale bar, right-aligned on the legend row.
	const scale = niceScale(kmPerPx, width / 6);
	const sx = width - pad - scale.px;
	ctx.strokeStyle = INK;
	ctx.lineWidth = Math.max(2, font / 8);
	ctx.beginPath();
	ctx.moveTo(sx, rowY - font * 0.4);
	ctx.lineTo(sx, rowY);
	ctx.lineTo(sx + scale.px, rowY);
	ctx.lineTo(sx + scale.px, rowY - font * 0.4);
	ctx.stroke();
	ctx.fillStyle = INK;
	ctx.textAlign = 'right';
	ctx.fillText(`${scale.km.toLocaleString('en')} km`, sx - font * 0.4, rowY);
	ctx.textAlign = 'left';
	// Citation line.
	ctx.fillStyle = MUTED;
	ctx.font = `${Math.round(font * 0.8)}px ${family}`;
	ctx.fillText(fit(ctx, text.citation, width - 2 * pad), pad, y0 + bottom - pad);
}

function drawSwatch(
	ctx: CanvasRenderingContext2D,
	item: LegendItem,
	x: number,
	y: number,
	font: number
) {
	ctx.strokeStyle = item.color;
	ctx.fillStyle = item.color;
	ctx.lineWidth = Math.max(2, font / 5);
	if (item.kind === 'line' || item.kind === 'dashed') {
		ctx.setLineDash(item.kind === 'dashed' ? [font / 3, font / 3] : []);
		ctx.beginPath();
		ctx.moveTo(x, y);
		ctx.lineTo(x + font * 1.5, y);
		ctx.stroke();
		ctx.setLineDash([]);
		return;
	}
	ctx.beginPath();
	ctx.arc(x + font * 0.75, y, font * 0.35, 0, 2 * Math.PI);
	if (item.kind === 'dot') ctx.fill();
	else {
		ctx.fillStyle = '#ffffff';
		ctx.fill();
		ctx.stroke();
	}
}
