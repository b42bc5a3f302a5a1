#!/usr/bin/env node
// The `changemap` command. Runs the built CLI when the package is built (as installed from the
// registry); inside the workspace, `pnpm changemap` runs the TypeScript source through tsx instead.
import { main } from '../dist/main.js';

await main();
