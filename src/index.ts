// The library API: the engine (transform contract, fix loop, in-memory runs), the runner
// (files on disk, worker threads) and the built-in transforms.
export * from './engine/index.js';
export { runPaths, type RunReport, type RunRequest } from './runner/run.js';
export type { RunSettings } from './runner/settings.js';
export type { FileResult } from './runner/process-file.js';
export { transforms, findTransform } from '../transforms/index.js';
export { runSources as runTransforms } from './engine/project.js';
export { detectConventions, learnConventions, type DetectRequest } from './project/conventions/detect.js';
