/** Minimal typing for the npm `sentiment` package (AFINN word scores), used only as the English baseline. */
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
