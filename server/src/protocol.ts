/** Custom requests between the Gongwen client and server (method names and shapes only). */
export const LEDGER_METHOD = 'gongwen/ledger';

export interface LedgerParams {
  uri: string;
  /** `md` answers a Markdown table; otherwise the JSON ledger. */
  format?: 'json' | 'md';
}
