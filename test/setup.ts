/**
 * Loaded by mocha before the tests (.mocharc.json `require`). `GONGWEN_SEED=<n>` replays the
 * property runs with the seed fast-check printed in a failure message (run that test file alone:
 * every property then uses this seed).
 */
import fc from 'fast-check';

if (process.env.GONGWEN_SEED) fc.configureGlobal({ seed: Number(process.env.GONGWEN_SEED) });
