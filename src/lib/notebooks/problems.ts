import { problems, type Problem } from '../errors.ts';
import { formatBytes, type NotebookReadProblem } from './parse.ts';

/** Bytes in one MB, as `notebookMaxSize` in labbook.yaml counts them. */
export const MB = 1024 * 1024;

/** Why a notebook cannot be shown, as a problem naming its file (src/lib/errors.ts). */
export function notebookProblem(file: string, problem: NotebookReadProblem): Problem {
  switch (problem.kind) {
    case 'too-large':
      return problems.notebookTooLarge(file, formatBytes(problem.bytes), formatBytes(problem.limit));
    case 'json':
      return problems.notebookJson(file, problem.line, problem.column, problem.reason);
    case 'version':
      return problems.notebookVersion(file, problem.found);
    case 'shape':
      return problems.notebookInvalid(file, problem.field, problem.reason);
  }
}
