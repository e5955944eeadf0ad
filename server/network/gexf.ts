/**
 * GEXF 1.2 (https://gexf.net), the graph file Gephi opens and NetworkX reads (`read_gexf`): a plain
 * template with every text escaped. No XML library is installed for writing, so the tests parse
 * what this writes with two other parsers (saxes on the server side, Chromium's DOMParser in the
 * browser) and compare it with the GraphQL answer. Pure.
 */

type GexfType = 'string' | 'integer' | 'double' | 'boolean';

export interface GexfAttribute {
  id: string;
  title: string;
  type: GexfType;
}

export type GexfValue = string | number | boolean | null | undefined;

export interface GexfGraph {
  description: string;
  /** yyyy-mm-dd */
  date: string;
  nodeAttributes: readonly GexfAttribute[];
  edgeAttributes: readonly GexfAttribute[];
  nodes: readonly { id: string; label: string; values: Record<string, GexfValue> }[];
  edges: readonly { id: string; source: string; target: string; label?: string; values: Record<string, GexfValue> }[];
}

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as an attribute value in double quotes: markup characters and white space other than spaces as references (kept as they are when read back). */
function xmlAttr(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function valueText(value: GexfValue, type: GexfType): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'integer' || type === 'double') return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
  return String(value);
}

function attvalues(attributes: readonly GexfAttribute[], values: Record<string, GexfValue>, indent: string): string[] {
  const lines = attributes.flatMap((a) => {
    const text = valueText(values[a.id], a.type);
    return text === null ? [] : [`${indent}  <attvalue for="${xmlAttr(a.id)}" value="${xmlAttr(text)}"/>`];
  });
  return lines.length === 0 ? [] : [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`];
}

function declarations(cls: 'node' | 'edge', attributes: readonly GexfAttribute[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...attributes.map((a) => `      <attribute id="${xmlAttr(a.id)}" title="${xmlAttr(a.title)}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

/** The graph as a GEXF document (directed edges: an edge's source and target are the real direction of the tie). */
export function toGexf(graph: GexfGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta lastmodifieddate="${xmlAttr(graph.date)}">`,
    '    <creator>ChainAtlas</creator>',
    `    <description>${xmlAttr(graph.description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', graph.nodeAttributes),
    ...declarations('edge', graph.edgeAttributes),
    '    <nodes>',
    ...graph.nodes.flatMap((node) => [
      `      <node id="${xmlAttr(node.id)}" label="${xmlAttr(node.label)}">`,
      ...attvalues(graph.nodeAttributes, node.values, '        '),
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.flatMap((edge) => [
      `      <edge id="${xmlAttr(edge.id)}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}"${
        edge.label ? ` label="${xmlAttr(edge.label)}"` : ''
      }>`,
      ...attvalues(graph.edgeAttributes, edge.values, '        '),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return lines.join('\n');
}
