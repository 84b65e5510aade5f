/**
 * Path of a bundle of the CLI built from the workspace's current sources (built when absent);
 * throws when it cannot be built. See bundle-sources.js.
 * @param sdkRoot the sdk package folder (packages/sdk)
 */
export function bundledCli(sdkRoot: string): Promise<string>;
