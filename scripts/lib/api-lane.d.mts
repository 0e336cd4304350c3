import type { IncomingMessage, ServerResponse } from 'node:http';

export const LANE_DIR: string;
export const LANE_FILE: string;
export const LANE_STAMP: string;
export function laneRoutes(root: string): { route: string; file: string }[];
export function laneProblem(dir: string): string | null;
export function loadApiLane(
  dir: string,
  options: { origin: string; trustProxy: boolean },
): { lane: (req: IncomingMessage, res: ServerResponse) => boolean; routes: string[] };
