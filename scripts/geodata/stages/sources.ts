// Interim: the bibliography is still merged into geodata/sources.json by the train and exile scripts.
export function buildSources(): void {}
