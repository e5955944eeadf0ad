import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TableReader } from '../../server/imports/read.js';
import { FILE_NAMES, FILE_SPECS } from '../../server/imports/spec.js';
import { csvTemplate, templateFor } from '../../server/imports/templates.js';
import { tempDir } from '../helpers/import-fixtures.js';

describe('import templates', () => {
  it('gives a CSV template with the English header row (UTF-8 with BOM)', () => {
    const text = csvTemplate('supply_links').toString('utf8');
    expect(text).toBe('\uFEFFsupplier_code,buyer_code,segment_id,annual_value,product,year\r\n');
  });

  it.each(FILE_NAMES)('gives %s templates that the importer reads back with every column and no warning', async (file) => {
    const dir = tempDir();
    for (const format of ['csv', 'xlsx'] as const) {
      const target = path.join(dir, `${file}.${format}`);
      fs.writeFileSync(target, await templateFor(file, format));
      const reader = new TableReader({ name: `${file}.${format}`, path: target, format, spec: FILE_SPECS[file] });
      const problems: unknown[] = [];
      const header = await reader.open(
        (e) => problems.push(e),
        (w) => problems.push(w),
      );
      expect(problems).toEqual([]);
      expect(header!.columns.map((c) => c.name)).toEqual(FILE_SPECS[file].columns.map((c) => c.name));
      await reader.close();
    }
  });
});
