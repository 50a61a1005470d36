import { describe, expect, it } from 'vitest';
import { importBytes } from './import-bytes';
import { encodeSingleByte, RUSSIAN_CSV } from './fixtures/legacy-encoding';

const none = { journeyIds: [], places: {}, sources: {} };
const names = (r: Awaited<ReturnType<typeof importBytes>>) =>
	r.ok ? r.bundle.places.map((p) => p.properties.name) : r.issues.map((i) => i.message);

describe('importBytes: text encodings', () => {
	it.each(['windows-1251', 'koi8-r', 'ibm866'])('detects %s and shows the names', async (label) => {
		const r = await importBytes('ru.csv', encodeSingleByte(RUSSIAN_CSV, label), none);
		expect(r.reading?.encoding).toEqual({ name: label, how: 'detected' });
		expect(names(r)).toEqual(['Москва', 'Казань', 'Свияжск', 'Симбирск']);
	});

	it('reads UTF-8 with and without a byte-order mark', async () => {
		const plain = new TextEncoder().encode(RUSSIAN_CSV);
		const marked = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
		expect((await importBytes('a.csv', plain, none)).reading?.encoding?.how).toBe('utf-8');
		const r = await importBytes('b.csv', marked, none);
		expect(r.reading?.encoding).toEqual({ name: 'utf-8', how: 'bom' });
		expect(names(r)[0]).toBe('Москва');
	});

	it('decodes with the encoding the reader picks', async () => {
		const bytes = encodeSingleByte(RUSSIAN_CSV, 'windows-1251');
		const r = await importBytes('ru.csv', bytes, none, { encoding: 'koi8-r' });
		expect(r.reading?.encoding).toEqual({ name: 'koi8-r', how: 'chosen' });
		expect(names(r)[0]).not.toBe('Москва');
	});

	it('says how the spreadsheet was read, and hashes the bytes', async () => {
		const bytes = new TextEncoder().encode(RUSSIAN_CSV);
		const [a, b] = [
			await importBytes('x.csv', bytes, none),
			await importBytes('y.csv', bytes, none)
		];
		expect(a.reading).toMatchObject({ dateForms: ['DD.MM.YYYY'], decimalComma: true });
		expect(a.reading?.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(a.reading?.hash).toBe(b.reading?.hash);
	});
});
