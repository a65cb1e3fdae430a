// written-number ships no types; only the call Paraphe makes is declared.
declare module 'written-number' {
  interface WrittenNumberOptions {
    lang?: string;
    noAnd?: boolean;
  }
  function writtenNumber(n: number, options?: WrittenNumberOptions): string;
  export default writtenNumber;
}
