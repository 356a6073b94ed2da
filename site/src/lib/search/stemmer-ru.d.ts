// The Snowball Russian stemmer of nlp.js (a maintained package), imported by file so that the
// browser bundle does not pull in the language's sentiment data.
declare module '@nlpjs/lang-ru/src/stemmer-ru.js' {
  export default class StemmerRu {
    stemWord(word: string): string;
  }
}
