#!/usr/bin/env node
// The `whosaid` command runs the engine's TypeScript directly, through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { endQuietlyWhenOutputCloses, main } = await import('./main.ts');
endQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
