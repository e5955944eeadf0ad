import fs from 'node:fs';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/**
 * Checks an XLSX (a ZIP archive) before any XML in it is parsed, so that a "zip bomb" — a small
 * file whose sheet inflates to gigabytes — is refused with a clear message instead of filling
 * memory and disk:
 * 1. the central directory: at most `maxEntries` entries, no ZIP64, no encryption, only stored
 *    or deflated entries, a declared total of at most `maxTotalBytes`, and no large entry that
 *    claims to inflate more than `maxRatio` times its compressed size;
 * 2. the local headers: every entry where the directory says, one after the other, nothing
 *    hidden between them (a streaming reader, as exceljs uses, reads local headers in order);
 * 3. the data: every entry is inflated (and thrown away) with a byte counter that stops at the
 *    size its header declares, so a header that lies is caught too.
 */
export interface ZipLimits {
  maxEntries: number;
  /** total inflated bytes of all entries */
  maxTotalBytes: number;
  /** inflated ÷ compressed, for entries above `ratioFloorBytes` */
  maxRatio: number;
  ratioFloorBytes: number;
  /**
   * the inflated size of the shared strings part (`sharedStrings.xml`), which a reader must
   * hold in memory whole: about three times this in the server's memory (measured: 68 MB of shared
   * strings XML, 1.5 million strings, raised the peak RSS by 205 MB; issue 13: 1 GB of shared
   * strings in a 15 MB file took the server from 200 MB to 1.67 GB)
   */
  maxSharedStringsBytes: number;
}

export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 1024 ** 3,
  maxRatio: 100,
  ratioFloorBytes: 1024 ** 2,
  maxSharedStringsBytes: 64 * 1024 ** 2,
};

/** A workbook refused, with the reason in Chinese and English: too large (a zip bomb, a part over its cap) or unreadable. */
export class WorkbookRefused extends Error {
  override name = 'WorkbookRefused';
  constructor(
    readonly zh: string,
    readonly en: string,
    /** too large when inflated (a zip bomb), or not a readable workbook */
    readonly kind: 'too-large' | 'unreadable' = 'unreadable',
  ) {
    super(en);
  }
}

/** Refused by the archive check, before any XML is parsed. */
export class ZipRefused extends WorkbookRefused {
  override name = 'ZipRefused';
}

/** An entry of the archive, with where its (compressed) data starts. */
export interface ZipEntry extends Entry {
  dataStart: number;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX_CENTRAL_DIRECTORY = 16 * 1024 ** 2;
const mb = (n: number) => `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;

async function readAt(fd: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fd.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

const notZip = () =>
  new ZipRefused('文件不是有效的 Excel（xlsx）文件：ZIP 结构损坏', 'not a valid Excel (xlsx) file: the ZIP structure is damaged');

export async function checkZipArchive(path: string, limits: ZipLimits = XLSX_LIMITS): Promise<void> {
  await inspectZipArchive(path, limits);
}

/** checkZipArchive, returning the entries (for a reader that then inflates them itself). */
export async function inspectZipArchive(path: string, limits: ZipLimits = XLSX_LIMITS): Promise<ZipEntry[]> {
  const fd = await fs.promises.open(path, 'r');
  let entries: Entry[];
  let centralOffset: number;
  try {
    const { size: fileSize } = await fd.stat();
    if (fileSize < 22) throw notZip();
    // The end-of-central-directory record: in the last 22 + 65535 bytes (its comment may follow it).
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = await readAt(fd, fileSize - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw notZip();
    const count = tail.readUInt16LE(eocd + 10);
    const centralSize = tail.readUInt32LE(eocd + 12);
    centralOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
      throw new ZipRefused(
        '不支持 ZIP64 格式的 Excel 文件：请用 Excel 另存为 .xlsx',
        'ZIP64 archives are not accepted: save the workbook again from Excel as .xlsx',
      );
    }
    if (count > limits.maxEntries)
      throw new ZipRefused(`Excel 文件包含的部件过多（${count} 个）`, `the workbook has too many parts (${count})`);
    if (centralSize > MAX_CENTRAL_DIRECTORY || centralOffset + centralSize > fileSize) throw notZip();
    const central = await readAt(fd, centralOffset, centralSize);

    entries = [];
    let total = 0;
    for (let at = 0, i = 0; i < count; i++) {
      if (at + 46 > central.length || central.readUInt32LE(at) !== SIG_CENTRAL) throw notZip();
      const flags = central.readUInt16LE(at + 8);
      const method = central.readUInt16LE(at + 10);
      const compressedSize = central.readUInt32LE(at + 20);
      const size = central.readUInt32LE(at + 24);
      const nameLength = central.readUInt16LE(at + 28);
      const extraLength = central.readUInt16LE(at + 30);
      const commentLength = central.readUInt16LE(at + 32);
      const localOffset = central.readUInt32LE(at + 42);
      const name = central.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      at += 46 + nameLength + extraLength + commentLength;
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
        throw new ZipRefused(
          '不支持 ZIP64 格式的 Excel 文件：请用 Excel 另存为 .xlsx',
          'ZIP64 archives are not accepted: save the workbook again from Excel as .xlsx',
        );
      }
      if (flags & 0x1)
        throw new ZipRefused(
          'Excel 文件已加密：请取消密码保护后再导入',
          'the workbook is encrypted: remove the password protection and import it again',
        );
      if (method !== 0 && method !== 8)
        throw new ZipRefused(
          `Excel 文件使用了不支持的压缩方式（${method}）`,
          `the workbook uses an unsupported compression method (${method})`,
        );
      if (method === 0 && size !== compressedSize) throw notZip();
      total += size;
      if (total > limits.maxTotalBytes) {
        throw new ZipRefused(
          `Excel 文件解压后过大（超过 ${mb(limits.maxTotalBytes)}），可能是恶意构造的压缩文件：已拒绝`,
          `the workbook would inflate to more than ${mb(limits.maxTotalBytes)} (a zip bomb?): refused`,
          'too-large',
        );
      }
      if (/(^|\/)sharedStrings\.xml$/i.test(name) && size > limits.maxSharedStringsBytes) {
        throw new ZipRefused(
          `Excel 文件的共享字符串（sharedStrings.xml）解压后有 ${mb(size)}，超过导入上限 ${mb(limits.maxSharedStringsBytes)}：请拆分成几个较小的文件，或另存为 CSV 后导入`,
          `the workbook's shared strings (sharedStrings.xml) inflate to ${mb(size)}, more than an import may hold in memory (${mb(limits.maxSharedStringsBytes)}): split the file, or save it as CSV`,
          'too-large',
        );
      }
      if (size > limits.ratioFloorBytes && size / Math.max(compressedSize, 1) > limits.maxRatio) {
        throw new ZipRefused(
          `Excel 文件中的“${name.slice(0, 60)}”压缩比异常（${Math.round(size / Math.max(compressedSize, 1))} 倍），可能是恶意构造的压缩文件：已拒绝`,
          `"${name.slice(0, 60)}" in the workbook inflates ${Math.round(size / Math.max(compressedSize, 1))} times its size (a zip bomb?): refused`,
          'too-large',
        );
      }
      entries.push({ name, flags, method, compressedSize, size, localOffset });
    }

    // The local headers, in file order, back to back up to the central directory.
    const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
    let expected = 0;
    for (const entry of byOffset) {
      if (entry.localOffset !== expected)
        throw new ZipRefused('Excel 文件含有目录以外的数据：已拒绝', 'the workbook holds data outside its directory: refused');
      const header = await readAt(fd, entry.localOffset, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== SIG_LOCAL) throw notZip();
      const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      let end = dataStart + entry.compressedSize;
      if (entry.flags & 0x8) {
        const descriptor = await readAt(fd, end, 4);
        end += descriptor.length === 4 && descriptor.readUInt32LE(0) === SIG_DESCRIPTOR ? 16 : 12;
      }
      if (end > centralOffset) throw notZip();
      (entry as Entry & { dataStart: number }).dataStart = dataStart;
      expected = end;
    }
    if (expected !== centralOffset)
      throw new ZipRefused('Excel 文件含有目录以外的数据：已拒绝', 'the workbook holds data outside its directory: refused');
  } finally {
    await fd.close();
  }

  // Inflate every entry, counting, and stop at the size its directory entry declares.
  for (const entry of entries as (Entry & { dataStart: number })[]) {
    if (entry.compressedSize === 0) continue;
    const source = fs.createReadStream(path, {
      start: entry.dataStart,
      end: entry.dataStart + entry.compressedSize - 1,
      highWaterMark: 1 << 20,
    });
    let inflated = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        inflated += chunk.length;
        if (inflated > entry.size) {
          callback(
            new ZipRefused(
              `Excel 文件中的“${entry.name.slice(0, 60)}”解压后比声明的更大，可能是恶意构造的压缩文件：已拒绝`,
              `"${entry.name.slice(0, 60)}" inflates beyond its declared size (a zip bomb?): refused`,
              'too-large',
            ),
          );
          return;
        }
        callback();
      },
    });
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    try {
      if (entry.method === 8) await pipeline(source, zlib.createInflateRaw(), counter, sink);
      else await pipeline(source, counter, sink);
    } catch (error) {
      if (error instanceof ZipRefused) throw error;
      throw notZip();
    }
  }
  return entries as ZipEntry[];
}
