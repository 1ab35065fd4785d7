// The stopword package ships no types; these are the two lists the analyzer uses.
declare module 'stopword' {
  export const eng: string[];
  export const zho: string[];
}
