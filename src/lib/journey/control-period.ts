/**
 * The period the control data (geodata/control/) covers; outside it every holder is `unknown`. Apart
 * from the schema so that the browser's lookups (control.ts, control-days.ts) and the legend can use
 * it without loading the validator.
 */
export const CONTROL_START = '1918-08-01';
export const CONTROL_END = '1921-12-31';
