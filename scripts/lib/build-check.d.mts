export const BUILD_DIRS: readonly string[];
export const BUILD_MARKER: string;
export const BUILD_STAMP: string;
export function buildDecision(dir: string, options?: { nodeMajor?: number }): { build: boolean; reason: string };
