export declare const chromiumLaunchOptions: { executablePath: string; env?: { [key: string]: string }; args: string[] };
