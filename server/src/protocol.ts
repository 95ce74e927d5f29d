/** Custom requests between the Gongwen client and server (method names and shapes only). */
export const LEDGER_METHOD = 'gongwen/ledger';

export interface LedgerParams {
  uri: string;
  /** `md` answers a Markdown table; otherwise the JSON ledger. */
  format?: 'json' | 'md';
}

/** Server commands (`workspace/executeCommand`); the client's user-facing commands call them. */
export const RENUMBER_COMMAND = 'gongwen.server.renumber';
/** Arguments: document URI, cursor line, direction (-1 up, 1 down). Answers `{ newLine }`. */
export const MOVE_COMMAND = 'gongwen.server.moveTask';

/** `{ uri }` → `{ characters, tasks, headings }` for the status bar. */
export const STATS_METHOD = 'gongwen/stats';
