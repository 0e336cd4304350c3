export type DemoUserKey = 'ada' | 'ben' | 'cy' | 'dee';
export type DemoUser = { key: DemoUserKey; sub: string; email: string; name: string; groups: string[]; role: string };
export declare const DEMO_PASSWORD: string;
export declare const DEMO_USERS: readonly DemoUser[];
