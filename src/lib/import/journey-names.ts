/** How an imported journey is named when the file gives no title, and the id made from its title. */

/** Kebab-case id for a journey from its title: `My trip (1920)` → `my-trip-1920`. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return slug || 'imported';
}

/** The title shown for a file without one: its name without the extension. */
export function titleFromFileName(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[a-z0-9]+$/i, '').trim() || 'Imported journey';
}
