// addons-linter ships no type declarations; this is the part of its API the package tests use
// (https://github.com/mozilla/addons-linter#using-the-linter-as-a-library).
declare module 'addons-linter' {
  /** One finding of the linter. */
  export interface LinterMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }

  /** Everything one run found. */
  export interface LinterResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }

  /** The command-line options, as an object. */
  export interface LinterConfig {
    _: string[];
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
  }

  /** The library entry point. */
  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary?: boolean }): { run(): Promise<LinterResult> };
  };
  export default linter;
}
