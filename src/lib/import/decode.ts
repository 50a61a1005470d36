/**
 * A file's bytes into text: a byte-order mark first, then strict UTF-8 (most files today), then
 * jschardet's statistical guess (Mozilla's universal detector) for legacy code pages (Windows-1251/1252,
 * KOI8-R, IBM866, ISO-8859-x, Shift_JIS…), decoded with the platform's TextDecoder. The reader is told which was used and may choose another.
 */

export type EncodingHow = 'bom' | 'utf-8' | 'detected' | 'chosen' | 'fallback';

export interface Decoded {
	text: string;
	/** The TextDecoder label used, e.g. `utf-8`, `windows-1251`. */
	encoding: string;
	how: EncodingHow;
}

/** Encodings a reader can pick from when the names look wrong (TextDecoder labels). */
export const ENCODING_CHOICES = [
	'utf-8',
	'windows-1251',
	'koi8-r',
	'ibm866',
	'iso-8859-5',
	'windows-1252',
	'iso-8859-1',
	'windows-1250',
	'iso-8859-2',
	'windows-1253',
	'windows-1254',
	'windows-1255',
	'windows-1256',
	'windows-1257',
	'shift_jis',
	'euc-jp',
	'gb18030',
	'big5',
	'euc-kr',
	'utf-16le',
	'utf-16be'
] as const;

/** The detector reads at most this much: enough for a confident guess, quick on a 100 MB file. */
const SAMPLE_BYTES = 256 * 1024;

function decoderFor(label: string, fatal = false): TextDecoder | undefined {
	try {
		return new TextDecoder(label, { fatal });
	} catch {
		return undefined; // an unknown label
	}
}

export async function decodeBytes(bytes: Uint8Array, chosen?: string): Promise<Decoded> {
	const picked = chosen ? decoderFor(chosen) : undefined;
	if (picked) return { text: picked.decode(bytes), encoding: picked.encoding, how: 'chosen' };
	const bom = bomEncoding(bytes);
	if (bom) {
		// TextDecoder drops the mark itself.
		return { text: new TextDecoder(bom).decode(bytes), encoding: bom, how: 'bom' };
	}
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			how: 'utf-8'
		};
	} catch {
		// Not UTF-8: a legacy code page.
	}
	// Loaded only for such files: the detector's models weigh about 1 MB.
	const { detectAll } = (await import('jschardet')).default;
	for (const match of detectAll(bytes.subarray(0, SAMPLE_BYTES))) {
		const name = match.encoding ?? '';
		const decoder = decoderFor(LABELS[name.toLowerCase()] ?? name);
		// The detector may name UTF-8 for a file whose invalid bytes lie beyond its sample.
		if (decoder && decoder.encoding !== 'utf-8') {
			return { text: decoder.decode(bytes), encoding: decoder.encoding, how: 'detected' };
		}
	}
	return {
		text: new TextDecoder('windows-1252').decode(bytes),
		encoding: 'windows-1252',
		how: 'fallback'
	};
}

/** jschardet's names that TextDecoder spells otherwise. */
const LABELS: Record<string, string> = { maccyrillic: 'x-mac-cyrillic', ascii: 'windows-1252' };

function bomEncoding(b: Uint8Array): string | undefined {
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
	if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
	if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** For the reader: `windows-1251 (detected)`. */
export function describeEncoding(d: { name: string; how: EncodingHow }): string {
	const how: Record<EncodingHow, string> = {
		bom: 'marked in the file',
		'utf-8': 'the file is valid UTF-8',
		detected: 'detected from its bytes',
		chosen: 'chosen by you',
		fallback: 'a guess: no encoding fitted well'
	};
	return `${d.name} (${how[d.how]})`;
}
