// The engine's public surface: the transform contract, edits, and the fix loop.
export * from './types.js';
export * from './options.js';
export { SourceFile, type Position } from './source.js';
export type { SyntaxNode, SyntaxTree, Point } from './syntax-tree.js';
export { parsePython, firstSyntaxError, describeSyntaxError, type SyntaxErrorLocation } from './parse.js';
export { applyEdits, arbitrate, editsConflict, type CandidateFix } from './arbiter.js';
export * as fixer from './fixer.js';
export { runFile, type FileOutcome, type FileRunOptions, type FileStatus, type FindingReport, type ProposedFix, type SelectedTransform } from './fix-loop.js';
export { runSources, selectTransforms, collectFile, combineProject, type TransformRequest, type SourceRunOptions } from './project.js';
export { InputError, PlanError } from './errors.js';
export { lineFactsOf, ProjectGate, type GateRefusal, type LineFacts, type LineFactsSource, type ProjectGateInput } from './project-gate.js';
export { lineOverflow, measureLine, type LineOverflow } from './line-gate.js';
export { Suppressions, SKIP_FILE_HEADER_LINES } from './suppression.js';
export * from './conventions.js';
