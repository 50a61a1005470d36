import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

const maplibreOnlyInMap = {
	paths: [{ name: 'maplibre-gl', message: 'Only src/lib/map/ may import maplibre-gl.' }],
	patterns: [{ group: ['maplibre-gl/*'], message: 'Only src/lib/map/ may import maplibre-gl.' }]
};

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['build/', '.svelte-kit/', 'src/lib/map/data/'] },
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends against no-undef on TypeScript projects: tsc already checks it.
			'no-undef': 'off',
			'@typescript-eslint/no-explicit-any': 'error',
			'svelte/require-each-key': 'error',
			'no-restricted-imports': ['error', maplibreOnlyInMap]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		files: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		// The journey core is pure TypeScript: testable in Node, usable from the CLI and workers.
		files: ['src/lib/journey/**'],
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'error',
			'no-restricted-imports': [
				'error',
				{
					paths: maplibreOnlyInMap.paths,
					patterns: [
						...maplibreOnlyInMap.patterns,
						{
							group: ['svelte', 'svelte/*', '$app/*', '$lib/map/*', '$lib/ui/*'],
							message: 'The journey core must not import UI code.'
						}
					]
				}
			]
		}
	},
	{
		// Tests may assert what they just checked exists.
		files: ['**/*.test.ts', '**/*.spec.ts', 'tests/**'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
	}
);
