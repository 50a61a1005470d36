/**
 * Month names as spreadsheets write them in common languages, long and short, in the nominative
 * (`сентябрь`) and in the form used with a day (`17 сентября`, `17 września`). Built from the platform's
 * Intl data rather than typed in, so spellings are the CLDR ones.
 */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'pl', 'cs', 'ru', 'uk'];

let table: Map<string, number> | undefined;

/** Lower case, no trailing dot: `Sept.` → `sept`. */
const key = (word: string) => word.toLocaleLowerCase('und').replace(/\.$/, '');

function build(): Map<string, number> {
	const names = new Map<string, number>();
	for (const language of LANGUAGES) {
		const formats = [
			new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }),
			new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }),
			new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
			new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' })
		];
		for (let m = 1; m <= 12; m++) {
			const date = new Date(Date.UTC(2000, m - 1, 17));
			for (const format of formats) {
				const name = format.formatToParts(date).find((p) => p.type === 'month')?.value;
				// The first language to claim a spelling keeps it; no spelling means two months.
				if (name && !/^\d+$/.test(name) && !names.has(key(name))) names.set(key(name), m);
			}
		}
		// English three-letter forms (`Sept` is CLDR's, `Sep` is the spreadsheets').
		if (language === 'en') for (let m = 1; m <= 12; m++) names.set(key(englishShort(m)), m);
	}
	return names;
}

function englishShort(m: number): string {
	return new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
		.format(new Date(Date.UTC(2000, m - 1, 17)))
		.slice(0, 3);
}

/** `September`, `sept.`, `сентября`, `März` → 9, 9, 9, 3; undefined for other words. */
export function monthFromName(word: string): number | undefined {
	table ??= build();
	return table.get(key(word));
}
