/**
 * What a video frame carries besides the map: a caption band (date, where, grade; the journey's
 * title) and, for the last seconds, an end card with the sources of what was shown and the link to
 * the full citations. Drawn on a 2D context; creates nothing itself.
 */
import { fit } from './figure';
import type { Caption } from './video-plan';

const FAMILY = "'DejaVu Sans', 'Liberation Sans', sans-serif";
const GRADE_COLOR: Record<Caption['grade'], string> = {
	documented: '#2f6b3a',
	probable: '#8a6d1d',
	reconstructed: '#8c1d18'
};

/** The caption band, `h` px tall at `y`, across the whole `width`. */
export function drawCaption(
	ctx: CanvasRenderingContext2D,
	width: number,
	y: number,
	h: number,
	caption: Caption,
	title: string
): void {
	const font = Math.round(h / 3.4);
	const pad = Math.round(font * 0.8);
	ctx.fillStyle = '#2b2620';
	ctx.fillRect(0, y, width, h);
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = '#f6f1e7';
	ctx.font = `bold ${font}px ${FAMILY}`;
	ctx.fillText(caption.date, pad, y + pad + font * 0.8);
	const dateWidth = ctx.measureText(caption.date).width;
	ctx.font = `${font}px ${FAMILY}`;
	const badge = caption.grade;
	const badgeWidth = ctx.measureText(badge).width + pad;
	ctx.fillText(
		fit(ctx, caption.where, width - dateWidth - badgeWidth - pad * 4),
		pad * 2 + dateWidth,
		y + pad + font * 0.8
	);
	ctx.fillStyle = GRADE_COLOR[caption.grade];
	ctx.fillRect(width - pad - badgeWidth, y + pad - font * 0.15, badgeWidth, font * 1.25);
	ctx.fillStyle = '#ffffff';
	ctx.fillText(badge, width - pad - badgeWidth + pad / 2, y + pad + font * 0.8);
	ctx.fillStyle = '#cfc6b6';
	ctx.font = `${Math.round(font * 0.75)}px ${FAMILY}`;
	ctx.fillText(fit(ctx, title, width - 2 * pad), pad, y + h - pad * 0.8);
}

/** The end card: title, the sources (as many as fit, then how many more) and where to read them all. */
export function drawEndCard(
	ctx: CanvasRenderingContext2D,
	width: number,
	height: number,
	card: { title: string; sources: readonly string[]; link: string }
): void {
	const font = Math.round(height / 30);
	const pad = font * 2;
	ctx.fillStyle = '#fffdf8';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = '#2b2620';
	ctx.textBaseline = 'alphabetic';
	ctx.font = `bold ${Math.round(font * 1.4)}px ${FAMILY}`;
	ctx.fillText(fit(ctx, card.title, width - 2 * pad), pad, pad + font);
	ctx.font = `bold ${font}px ${FAMILY}`;
	ctx.fillText('Sources of what was shown', pad, pad + font * 3);
	ctx.font = `${Math.round(font * 0.8)}px ${FAMILY}`;
	const lineHeight = font * 1.15;
	const room = Math.floor((height - pad * 2 - font * 6) / lineHeight);
	const shown = card.sources.length > room ? card.sources.slice(0, room - 1) : card.sources;
	shown.forEach((s, i) =>
		ctx.fillText(fit(ctx, `• ${s}`, width - 2 * pad), pad, pad + font * 4.5 + i * lineHeight)
	);
	if (shown.length < card.sources.length)
		ctx.fillText(
			`…and ${card.sources.length - shown.length} more.`,
			pad,
			pad + font * 4.5 + shown.length * lineHeight
		);
	ctx.fillStyle = '#5b5248';
	ctx.font = `${font}px ${FAMILY}`;
	ctx.fillText(
		fit(ctx, `Every citation, stop by stop: ${card.link}`, width - 2 * pad),
		pad,
		height - pad
	);
}
