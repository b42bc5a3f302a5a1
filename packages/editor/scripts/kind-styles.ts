/** Writes src/styles/kinds.css from the kind specs (see kindStyleSheet). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindStyleSheet } from '../src/styles/kind-styles.js';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../src/styles/kinds.css');
writeFileSync(file, kindStyleSheet());
console.log(`Wrote ${file}`);
