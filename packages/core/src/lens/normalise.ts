/**
 * Text folded for matching: accents and other combining marks removed (é → e), case folded,
 * runs of white space made one space. "Équité" and "equite" fold to the same text.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}
