export declare const ZOD_MARKER: string;
export declare function firstLoadScripts(html: string): string[];
