// web-ext ships no typings; only the lint command is used (test/build/web-ext-lint.test.ts).
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean }, options?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
