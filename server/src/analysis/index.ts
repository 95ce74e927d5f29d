/** Public surface of the analysis core (no vscode, no LSP). */
export * from './types';
export * from './model';
export * from './config';
export * from './rule';
export { SourceText } from './source';
export { LineText } from './lineText';
export type { TextChange } from './lineText';
export { parse } from './parse';
export { analyze, lint, effectiveSeverity, findRule, ALL_RULES } from './analyze';
export type { AnalysisResult, Handover } from './analyze';
export { applyEdits, fixAll, lineDiffEdits, safeFixEdits } from './edits';
