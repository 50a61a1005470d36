/**
 * Checks the fields read from one row or feature together: every problem, each naming its field, or
 * all the values at once (typed, so a caller never re-tests each field to narrow it).
 */
import type { Field } from './fields';

export interface FieldIssue {
	field: string;
	message: string;
}

/** A row or feature read whole, or the problems that keep it out. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** A field's name in messages, what reading it gave, and how to add it in the file's own terms. */
export type FieldCheck = readonly [field: string, result: Field<unknown>, hint?: string];

type Values<C extends Record<string, FieldCheck>> = {
	[K in keyof C]: Extract<C[K][1], { ok: true }>['value'];
};

/**
 * `checkFields({ name: ['name', parseTextField(…)], … })`: the values by key, or one issue per bad
 * field in the order given. A missing or empty value's fix is replaced by `hint` when there is one.
 */
export function checkFields<C extends Record<string, FieldCheck>>(checks: C): Checked<Values<C>> {
	const issues: FieldIssue[] = [];
	const values: Record<string, unknown> = {};
	for (const [key, [field, result, hint]] of Object.entries(checks)) {
		if (result.ok) values[key] = result.value;
		else issues.push({ field, message: withHint(result.message, hint) });
	}
	return issues.length ? { ok: false, issues } : { ok: true, value: values as Values<C> };
}

function withHint(message: string, hint: string | undefined): string {
	return hint && /missing|empty/.test(message)
		? `${message.replace(/:.*$/, '')}: ${hint}`
		: message;
}
