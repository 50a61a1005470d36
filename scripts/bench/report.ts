// Turns the measurements of `npm run bench` into docs/performance.md: every figure in it is one this run
// measured; the targets (issues 8 and 17) are checked against them and a missed one is said to be missed.
import type { BudgetReport } from '../lib/budgets';
import type { FrameTimes } from './browser';
import type { LoadRun, LoadTimes } from './load';
import { fmtMs, fmtN, type CoreResults } from './core';
import { bigJourneySection, type BigJourneyFigures } from './big-journey';
import type { Machine } from './machine';
import type { PlaybackFrames } from './playback';
import { closingSection, framesSection, TARGET, traceSection } from './report-sections';
import { loadSection } from './report-load';
import { playbackSection } from './report-playback';
import { coreSection, sizeSection } from './report-sizes';
import type { TraceSummary } from './trace';

export { TARGET };

export interface BenchResults {
	date: string;
	machine: Machine;
	core: CoreResults;
	budgets: BudgetReport;
	load?: LoadTimes;
	/** Every load-time comparison of the run (the first is `load`), with the load average at its start. */
	loadRuns?: LoadRun[];
	trace?: TraceSummary;
	frames?: FrameTimes;
	playback?: PlaybackFrames;
	bigJourney?: BigJourneyFigures;
}

export interface TargetCheck {
	target: string;
	measured: string;
	met: boolean | null;
}

export function targetChecks(r: BenchResults): TargetCheck[] {
	const frame = r.core.figures.find((f) => f.key === 'frame-1M');
	const checks: TargetCheck[] = [
		{
			target: `position lookup ≥ ${fmtN(TARGET.lookupVsAlong)}× faster than turf.along at 10,000 vertices`,
			measured: `${fmtN(Math.round(r.core.ratios.lookupVsAlong10k))}×`,
			met: r.core.ratios.lookupVsAlong10k >= TARGET.lookupVsAlong
		},
		{
			target: `journey core's per-frame work < ${TARGET.coreFrameMs} ms at 1,000,000 vertices (Node)`,
			measured: frame ? `mean ${fmtMs(frame.meanMs)}, p99 ${fmtMs(frame.p99Ms)}` : 'n/a',
			met: frame ? frame.p99Ms < TARGET.coreFrameMs : null
		}
	];
	for (const row of r.budgets.rows) {
		checks.push({
			target:
				row.label + (row.unit === 'KB' ? ` ≤ ${row.limit} KB gzip` : ` < ${row.limit * 100} %`),
			measured:
				row.unit === 'KB' ? `${row.value.toFixed(1)} KB` : `${(row.value * 100).toFixed(0)} %`,
			met: row.ok
		});
	}
	const loadRuns: Pick<LoadRun, 'ratio' | 'ratioSamePicture'>[] =
		r.loadRuns ?? (r.load ? [r.load] : []);
	const loadCheck = (target: string, ratio: (l: (typeof loadRuns)[number]) => number) =>
		checks.push({
			target,
			measured: loadRuns.length
				? loadRuns.map((l) => ratio(l).toFixed(2)).join(', ')
				: 'not measured',
			met: loadRuns.length ? loadRuns.every((l) => ratio(l) <= TARGET.loadRatio) : null
		});
	loadCheck(
		`load time to first idle, Echelon ÷ bare MapLibre with the basemap alone ≤ ${TARGET.loadRatio} (in each comparison of the run)`,
		(l) => l.ratio
	);
	loadCheck(
		`load time to first idle, Echelon ÷ bare MapLibre drawing the same journey, stops and labels ≤ ${TARGET.loadRatio} (in each comparison)`,
		(l) => l.ratioSamePicture
	);
	if (r.frames) {
		checks.push({
			target: `journey core's per-frame work < ${TARGET.coreFrameMs} ms on the synthetic journey (Chromium)`,
			measured: fmtMs(r.frames.coreFrameMs.synthetic),
			met: r.frames.coreFrameMs.synthetic < TARGET.coreFrameMs
		});
	}
	checks.push({
		target: `playback at the fastest speed: frame-time median within ${TARGET.playbackRatio}× of bare MapLibre moving one marker`,
		measured: r.playback
			? `${r.playback.ratio.toFixed(2)}× (${r.playback.echelon.median.toFixed(1)} vs ${r.playback.bare.median.toFixed(1)} ms)`
			: 'not measured',
		met: r.playback ? r.playback.ratio <= TARGET.playbackRatio : null
	});
	checks.push({
		target: `the page playing at the fastest speed: frame-time median within ${TARGET.playbackRatio}× of bare MapLibre moving one marker`,
		measured: r.playback
			? `${r.playback.ratioPage.toFixed(2)}× (${r.playback.page.median.toFixed(1)} vs ${r.playback.bare.median.toFixed(1)} ms)`
			: 'not measured',
		met: r.playback ? r.playback.ratioPage <= TARGET.playbackRatio : null
	});
	checks.push({
		target: `frame time on the synthetic journey within ${Math.round((TARGET.frameRatio - 1) * 100)} % of the flagship's (median)`,
		measured: r.frames ? `${r.frames.ratio.toFixed(2)}×` : 'not measured',
		met: r.frames ? r.frames.ratio <= TARGET.frameRatio : null
	});
	return checks;
}

export function renderReport(r: BenchResults): string {
	const { machine: m } = r;
	const checks = targetChecks(r);
	const missed = checks.filter((c) => c.met === false);
	const lines: string[] = [];
	const p = (...xs: string[]) => lines.push(...xs);
	p(
		'# Performance',
		'',
		'<!-- Written by `npm run bench` (scripts/bench/run.ts); edit the script, not this file. -->',
		'',
		'Every figure below was measured by `npm run bench` in one run; none is an estimate. The size',
		'budgets are also checked in CI (`npm run budgets`, after the e2e build in `.ci/run`), which fails',
		'when one is exceeded.',
		'',
		`Run: ${r.date}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}; Node ${m.node}` +
			(m.chromium ? `; Chromium ${m.chromium} (headless, SwiftShader software WebGL).` : '.') +
			(m.load
				? ` The machine is shared: its 1-minute load average was ${m.load.start.toFixed(1)} when the browser measurements began and ${m.load.end.toFixed(1)} when they ended.`
				: ''),
		''
	);

	p('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
	for (const c of checks) {
		p(
			`| ${c.target} | ${c.measured} | ${c.met === null ? 'not measured' : c.met ? 'yes' : '**no**'} |`
		);
	}
	p('');
	if (missed.length > 0) {
		p(
			`**Missed in this run:** ${missed.map((c) => c.target).join('; ')}. See the sections below for`,
			'what was measured and what is left to do.',
			''
		);
	} else {
		p('All targets were met in this run.', '');
	}

	p(
		...coreSection(r.core),
		...sizeSection(r.budgets),
		...loadSection(r.load, r.loadRuns),
		...traceSection(r.trace),
		...playbackSection(r.playback),
		...framesSection(r.frames),
		...bigJourneySection(r.bigJourney),
		...closingSection()
	);
	return lines.join('\n');
}
