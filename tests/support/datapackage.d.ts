/** The part of the Frictionless `datapackage` library (no bundled types) that the e2e tests use. */
declare module 'datapackage' {
  export interface DataPackageResource {
    name: string;
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown> & { path: string; schema: { fields: Array<{ name: string }> } };
    read(options?: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    resources: DataPackageResource[];
  }
}
