/**
 * zod's answers as import problems: each names the entry (`place #2 "kazan"`) and the field, at most a
 * few per entry, with the fix spelled out for the commonest mistakes.
 */
import type { z } from 'zod';
import { quote, type ImportIssue } from './issues';

/** Every entry of a list, checked against `schema`; undefined (and the problems) if any is bad. */
export function listOf<T extends z.ZodType>(
	raw: unknown,
	schema: T,
	file: string,
	what: string,
	field: string,
	issues: ImportIssue[]
): z.infer<T>[] | undefined {
	if (!Array.isArray(raw)) {
		issues.push({ file, field, message: `"${field}" must be an array of ${what}s` });
		return undefined;
	}
	const out: z.infer<T>[] = [];
	let bad = false;
	raw.forEach((entry: unknown, i) => {
		const parsed = schema.safeParse(entry);
		if (parsed.success) out.push(parsed.data);
		else {
			bad = true;
			const id = (entry as { id?: unknown } | null)?.id;
			zodIssues(
				parsed.error,
				file,
				`${what} #${i + 1}${typeof id === 'string' ? ` ${quote(id)}` : ''}`,
				'',
				issues
			);
		}
	});
	return bad ? undefined : out;
}

/** At most a few messages per feature: one broken feature should not bury the others. */
const MAX_ISSUES_PER_ENTRY = 5;

export function zodIssues(
	error: z.ZodError,
	file: string,
	where: string,
	prefix: string,
	issues: ImportIssue[],
	skippable = false
): void {
	for (const zi of error.issues.slice(0, MAX_ISSUES_PER_ENTRY)) {
		const path = [prefix, ...zi.path.map(String)].filter(Boolean).join('.');
		issues.push({
			file,
			where,
			...(path && { field: path }),
			message: explainZodIssue(zi),
			...(skippable && { skippable })
		});
	}
}

/** zod's message, with the fix spelled out for the two commonest cases. */
function explainZodIssue(zi: z.core.$ZodIssue): string {
	const key = zi.path.at(-1);
	if (zi.code === 'invalid_type' && /received undefined/.test(zi.message)) {
		return `${key !== undefined ? `"${String(key)}"` : 'a value'} is missing: add it (a ${zi.expected}; see geodata/README.md)`;
	}
	if (zi.code === 'unrecognized_keys') {
		return `unknown ${zi.keys.length > 1 ? 'keys' : 'key'} ${zi.keys.map((k) => `"${k}"`).join(', ')}: remove ${zi.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
	}
	return zi.message;
}
