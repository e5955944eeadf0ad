import type { IssueList } from './issues.js';
import { recogniseFile, TableReadError } from './read.js';
import { FILE_NAMES, FILE_SPECS, fileSpecFor, type FileName } from './spec.js';

/**
 * Which kind of file each upload is. A file named as the format says (`enterprises.xlsx`) is
 * that kind; any other `.csv` / `.xlsx` (`测试集群企业名录（2025年12月）.xlsx`) is recognised by
 * its header (see `recogniseFile`), with a warning saying what it was taken for. Files not
 * recognised are left for the planner to refuse by name.
 */
export interface NamedFile {
  name: string;
  path: string;
  /** the kind recognised from the header, for a file not named as the format says */
  kind?: FileName;
}

export async function recogniseFiles(files: NamedFile[], warnings: IssueList): Promise<NamedFile[]> {
  const out: NamedFile[] = [];
  for (const file of files) {
    const ext = /\.(csv|xlsx)$/i.exec(file.name.trim());
    if (fileSpecFor(file.name) || !ext || file.name.startsWith('~$')) {
      out.push(file);
      continue;
    }
    let kind: FileName | undefined;
    try {
      kind = (
        await recogniseFile(
          file.path,
          file.name,
          ext[1]!.toLowerCase() as 'csv' | 'xlsx',
          FILE_NAMES.map((f) => FILE_SPECS[f]),
        )
      )?.file;
    } catch (error) {
      if (!(error instanceof TableReadError)) throw error;
    }
    if (kind) {
      const title = FILE_SPECS[kind].title;
      warnings.add({
        file: file.name,
        row: null,
        column: null,
        code: 'RECOGNISED_FILE',
        message: { zh: `按表头识别为 ${kind}（${title.zh}）文件`, en: `recognised by its header as a ${kind} (${title.en}) file` },
      });
    }
    out.push(kind ? { ...file, kind } : file);
  }
  return out;
}
