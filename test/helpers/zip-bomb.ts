import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Builds hostile XLSX files for the importer's tests without ever holding their inflated
 * content: a deflate stream of `size` zero bytes written by hand (fixed Huffman codes: one
 * literal, then length-258/distance-1 copies, 13 bits per 258 bytes, about 1:1000).
 */
function zerosDeflated(size: number): Buffer {
  const out: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  const bits = (value: number, count: number) => {
    // Huffman codes are written most significant bit first; other fields least significant first.
    bitBuffer |= value << bitCount;
    bitCount += count;
    while (bitCount >= 8) {
      out.push(bitBuffer & 0xff);
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  const reversed = (code: number, length: number) => {
    let r = 0;
    for (let i = 0; i < length; i++) r = (r << 1) | ((code >> i) & 1);
    return r;
  };
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE = fixed Huffman
  bits(reversed(0x30, 8), 8); // literal 0 (code 00110000)
  let left = size - 1;
  while (left >= 258) {
    bits(reversed(0xc5, 8), 8); // length code 285 = 258 (11000101)
    bits(0, 5); // distance code 0 = 1
    left -= 258;
  }
  while (left > 0) {
    bits(reversed(0x30, 8), 8);
    left--;
  }
  bits(0, 7); // end of block (0000000)
  if (bitCount > 0) out.push(bitBuffer & 0xff);
  return Buffer.from(out);
}

interface ZipPart {
  name: string;
  data: Buffer;
  method: 0 | 8;
  size: number;
  crc: number;
}

function part(name: string, text: string): ZipPart {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), method: 8, size: raw.length, crc: zlib.crc32(raw) };
}

/** The fields a local header and its central directory entry share, from the compression method on (APPNOTE 4.3.7, 4.3.12). */
function writeSharedFields(header: Buffer, at: number, p: ZipPart, nameLength: number, declaredSize: number): void {
  header.writeUInt16LE(p.method, at);
  header.writeUInt32LE(p.crc, at + 6);
  header.writeUInt32LE(p.data.length, at + 10);
  header.writeUInt32LE(declaredSize, at + 14);
  header.writeUInt16LE(nameLength, at + 18);
}

function writeZip(file: string, parts: ZipPart[], declaredSize: (part: ZipPart) => number = (p) => p.size): void {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30); // flags, time and date stay 0
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    writeSharedFields(local, 8, p, name.length, declaredSize(p));
    chunks.push(local, name, p.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    entry.writeUInt16LE(20, 6); // version needed
    writeSharedFields(entry, 10, p, name.length, declaredSize(p));
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...chunks, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** The parts of a one-sheet workbook other than its sheet: content types, relationships, workbook. */
function packageParts(): ZipPart[] {
  return [
    part('[Content_Types].xml', CONTENT_TYPES),
    part('_rels/.rels', RELS),
    part('xl/workbook.xml', WORKBOOK),
    part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
  ];
}

/** A sheet whose one cell is the first shared string. */
const SHARED_STRING_SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';

/**
 * An .xlsx whose first sheet inflates to `inflatedBytes` (zero bytes). `declare`: what its
 * headers say the sheet's size is — 'true' (honest, caught by the declared size or ratio) or a
 * number of bytes (a lie, caught while inflating). Returns the file's size.
 */
export function writeZipBombXlsx(file: string, inflatedBytes: number, declare: 'true' | number = 'true'): number {
  const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(inflatedBytes), method: 8, size: inflatedBytes, crc: 0 };
  const parts = [...packageParts(), sheet];
  writeZip(file, parts, (p) => (p === sheet && declare !== 'true' ? declare : p.size));
  return fs.statSync(file).size;
}

/** A valid XLSX of the same parts with a small real sheet (the builder's own check). */
export function writeTinyXlsx(file: string, sheetXml: string): void {
  writeZip(file, [...packageParts(), part('xl/worksheets/sheet1.xml', sheetXml)]);
}

/** Appends bytes to a valid archive between its last entry and its directory: data a streaming reader would see. */
export function smuggle(file: string): void {
  const buffer = fs.readFileSync(file);
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const offset = buffer.readUInt32LE(eocd + 16);
  const extra = Buffer.from('PK\u0003\u0004hidden entry', 'latin1');
  const directory = buffer.subarray(offset, eocd);
  const end = Buffer.from(buffer.subarray(eocd));
  end.writeUInt32LE(offset + extra.length, 16);
  fs.writeFileSync(file, Buffer.concat([buffer.subarray(0, offset), extra, directory, end]));
}

/**
 * An .xlsx whose shared strings part (`xl/sharedStrings.xml`) inflates to `inflatedBytes` (as in
 * issue 13: a 15 MB file with 1 GB of shared strings), next to a small honest sheet.
 */
export function writeSharedStringsBombXlsx(file: string, inflatedBytes: number): number {
  const strings: ZipPart = { name: 'xl/sharedStrings.xml', data: zerosDeflated(inflatedBytes), method: 8, size: inflatedBytes, crc: 0 };
  writeZip(file, [...packageParts(), part('xl/worksheets/sheet1.xml', SHARED_STRING_SHEET), strings]);
  return fs.statSync(file).size;
}

/** An honest .xlsx with `count` distinct shared strings (about 40 bytes of XML each). */
export function writeSharedStringsXlsx(file: string, count: number): number {
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(`<si><t>共享字符串${i}-${(i * 7919) % 100_003}</t></si>`);
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${items.join('')}</sst>`;
  writeZip(file, [...packageParts(), part('xl/worksheets/sheet1.xml', SHARED_STRING_SHEET), part('xl/sharedStrings.xml', strings)]);
  return fs.statSync(file).size;
}
