/**
 * Node options for the server process, passed by the client when it starts the server and by
 * `npm run bench` when it spawns it, so that both measure and run the same thing.
 *
 * `--max-semi-space-size=8` bounds V8's young generation at 2 × 8 MB. The server runs on the
 * editor's own Node (Electron's in desktop VS Code, the remote host's in a remote window), and V8
 * sizes the young generation by version and by the machine's memory: Node 20 stops at 16 MB per
 * semi-space, Node 24 on a 24 GiB machine grows to 64 MB. A cold analysis of a long plan keeps most
 * of what it allocates, which makes V8 grow the young generation to its limit, and the committed
 * young generation stays in the server's RSS for the rest of the session (docs/PERFORMANCE.md):
 * - fourth session, bound 16 against none on Node 24: peak RSS 230–234 against 329–339 MB after a
 *   1M-character plan, keystroke p95 15–20 against 22–23 ms (larger scavenges were slower);
 * - seventh session, bound 8 against 16, eight interleaved servers each on Node 20: peak RSS
 *   169–179 against 192–195 MB, keystroke p95 11.6–14.8 against 13.7–17.3 ms. An edit now leaves
 *   little alive, so a smaller young generation no longer means copying a half-built model (it did
 *   in the fourth session, when 8 raised the steady p95 from ~11 to 14–15 ms). 4 MB was slower
 *   again (p95 12.5–17.4 ms) for 161–174 MB.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];
