/// <reference path="./stemmer-ru.d.ts" />
// Russian text → search terms: case and ё folded, split into words, stop words dropped, stemmed.
// The same code runs at build (indexing) and in the browser (queries), so both sides agree.
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';

const stemmer = new StemmerRu();

/** Lowercase, ё → е, and everything that is not a letter or a digit becomes a space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that carry no meaning for a search of practices. */
const STOP_WORDS = new Set(
  (
    'а без более бы был была были было быть в вам вас весь во вот все всех вы где да даже для до его ее ей ему если есть еще же за и из или им их к как ко когда кто ли либо между меня мне много может мы на над надо наш не него нее нет ни них но ну о об однако он она они оно от очень по под при про с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье эта эти это этот я'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const stemCache = new Map<string, string>();

/** The Snowball stem of a normalised word; digits and one-letter words stay as they are. */
export function stem(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  let result = stemCache.get(word);
  if (result === undefined) {
    result = stemmer.stemWord(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, result);
  }
  return result;
}

/** The words of `text` as they are written (normalised), stop words removed. */
export function words(text: string): string[] {
  const normalized = normalize(text);
  return normalized ? normalized.split(' ').filter((w) => !isStopWord(w)) : [];
}

/** The search terms of `text`: its words, stemmed. */
export function terms(text: string): string[] {
  return words(text).map(stem);
}
