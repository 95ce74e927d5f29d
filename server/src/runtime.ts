/**
 * How the server process is started: Node options and environment, passed by the client when it
 * starts the server, by `npm run bench` when it spawns it, and by the protocol tests, so that all
 * three measure and run the same thing. Figures: docs/PERFORMANCE.md.
 */

/**
 * `--max-semi-space-size=4` bounds V8's young generation at 2 × 4 MB. The server runs on the
 * editor's own Node (Electron's in desktop VS Code, the remote host's in a remote window), and V8
 * sizes the young generation by version and by the machine's memory: Node 20 stops at 16 MB per
 * semi-space, Node 24 on a 24 GiB machine grows to 64 MB. A cold analysis of a long plan keeps most
 * of what it allocates, which makes V8 grow the young generation to its limit, and the committed
 * young generation stays in the server's RSS for the rest of the session:
 * - fourth session, bound 16 against none on Node 24: peak RSS 230–234 against 329–339 MB after a
 *   1M-character plan, keystroke p95 15–20 against 22–23 ms (larger scavenges were slower);
 * - seventh session, bound 8 against 16, eight interleaved servers each on Node 20: peak RSS
 *   169–179 against 192–195 MB, keystroke p95 11.6–14.8 against 13.7–17.3 ms;
 * - ninth session, bound 4 against 8, with the environment below, the smaller dictionary and
 *   the session's cuts to what an edit allocates (0.57 instead of 0.94–0.99 MB per re-analysis),
 *   five interleaved servers each: peak RSS 137–148 against 144–152 MB, keystroke p50 3.7–5.7
 *   against 3.0–4.1 ms, p95 10.0–15.9 against 9.3–11.9 ms. A smaller young generation is
 *   collected more often while typing; that is the price of the lower peak. 2 MB made typing
 *   slower again (p95 15.2–16.7 ms, eighth session).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/**
 * Environment variables added to the server's.
 *
 * `MALLOC_ARENA_MAX=1`: one C heap arena. glibc gives every thread that allocates its own arena
 * (up to 8 per core), and V8's helper threads (parallel scavenging, concurrent marking, background
 * compilation) each filled one with a few MB they had freed but glibc kept: ~12 MB of the
 * server's RSS after the 1M plan, in four arenas. The server's JavaScript runs on one thread, so
 * the arenas only spread that freed memory out. Measured, five interleaved servers each: the
 * process's other anonymous memory 19–25 MB against 31–36 MB, keystroke times unchanged. glibc
 * reads it when the process starts, hence an environment variable and not something the server
 * could set itself; C libraries other than glibc (macOS, Windows, musl) ignore it.
 *
 * `MIMALLOC_PURGE_DELAY=0`: jieba's binary (`@node-rs/jieba`) allocates with its own mimalloc
 * (2.x, a 32 MB segment), not glibc's malloc. Building the dictionary frees ~6 MB of temporary
 * memory there, which mimalloc gives back to the system only after a delay (10 ms by default) and
 * only when it is called again later: a matter of timing, so the segment stayed at 13.4–20.0 MB
 * resident from one server to the next, a large part of the noise in the peak RSS after the 1M
 * plan. At 0 the freed pages are returned at once: 13.9 MB every time (`/proc/PID/smaps`, the
 * segmenter loaded in fresh processes, six each). Segmenting afterwards allocates and frees
 * little (the sentence cache keeps the tokens). A jieba binary built without mimalloc ignores it.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1', MIMALLOC_PURGE_DELAY: '0' };
