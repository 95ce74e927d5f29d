/**
 * Node options for the server process, passed by the client when it starts the server and by
 * `npm run bench` when it spawns it, so that both measure and run the same thing.
 *
 * `--max-semi-space-size=16` bounds V8's young generation at 2 × 16 MB. The server runs on the
 * editor's own Node (Electron's in desktop VS Code, the remote host's in a remote window), and V8
 * sizes the young generation by version and by the machine's memory: Node 20 stops at 16 MB per
 * semi-space, Node 24 on a 24 GiB machine grows to 64 MB. A cold analysis of a long plan keeps most
 * of what it allocates, which makes V8 grow the young generation to its limit; on Node 24 that was
 * 128 MB of the server's peak RSS after a 1M-character plan (329–339 MB; 230–234 MB bounded),
 * and the larger scavenges made keystrokes slower, not faster (p95 22–23 ms; 15–20 ms bounded).
 * Smaller than 16 cost latency on Node 20 (steady p95 ~11 → 14–15 ms at 8 MB). Measured in
 * docs/PERFORMANCE.md (fourth session).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=16'];
