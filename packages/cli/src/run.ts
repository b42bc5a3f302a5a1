// Entry point for `pnpm changemap` in the workspace (through tsx, without a build).
import { main } from './main.js';

await main();
