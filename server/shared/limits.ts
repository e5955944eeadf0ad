/**
 * Limits of what the API and the importer accept: years, page sizes, list lengths, text
 * lengths, graph sizes. Each is defined here once; the services check against them and the web
 * app uses them for its own pages and inputs. Pure.
 */

/** Years allowed anywhere in the data and in year arguments: figures, founding years, links, analyses. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** What-if limits: firms removed per request, and waves computed before stopping. */
export const WHAT_IF_MAX_REMOVED = 200;
export const WHAT_IF_MAX_WAVES = 100;

/**
 * Single-source risks (固链) of a chain-gap report come a page at a time, largest value first:
 * a large cluster has thousands, and the default answer should stay small. Exports page through all.
 */
export const SINGLE_SOURCE_RISKS_DEFAULT_PAGE = 50;
export const SINGLE_SOURCE_RISKS_MAX_PAGE = 1000;

/** The cluster's firms of one segment (the chain map's segment panel), a page at a time. */
export const SEGMENT_FIRMS_DEFAULT_PAGE = 20;
export const SEGMENT_FIRMS_MAX_PAGE = 100;

/** Input limits of 招商 target lists, in characters. */
export const TARGET_LIST_LIMITS = { nameMax: 100, noteMax: 2000, reasonMax: 2000 } as const;

/** Enterprise search (searchEnterprises): page sizes and the longest query accepted. */
export const SEARCH_DEFAULT_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_QUERY_LENGTH = 100;
/**
 * Search counts its matches up to this many and then says "1,000+" (totalCapped): the exact count
 * of a single character's 60,000 matches at scale M costs more than the page itself, and nobody
 * reads past the first pages (the peer does not count at all).
 */
export const SEARCH_TOTAL_CAP = 1000;
/** An export of search results holds at most this many rows (the first, in result order). */
export const SEARCH_EXPORT_MAX_ROWS = 5000;
/** Segment (环节) hits listed beside the firms. */
export const SEARCH_SEGMENT_HITS_MAX = 8;
/** A synonym (同义词) or its canonical product word: letters, digits, spaces and · - . ／ only, this long at most. */
export const SYNONYM_TERM_MAX_LENGTH = 30;
/** A query of this many credit-code characters or more is also matched as a credit-code prefix. */
export const CREDIT_CODE_PREFIX_MIN_LENGTH = 4;

/** Graph views (Cytoscape): supply neighbourhood depth, path length and the node cap of a view. */
export const SUPPLY_NEIGHBORHOOD_MAX_DEPTH = 3;
export const SUPPLY_PATH_MAX_LENGTH = 6;
export const GRAPH_VIEW_MAX_NODES = 500;
/**
 * A firm's supply network groups a hub's many neighbours (issue 18 item 5): when a firm on screen
 * has more than this many suppliers (or customers) that link to nothing else on screen, they are
 * drawn as one node per segment (the neighbour's first segment; without one: local or outside
 * firms) until the user opens a group.
 */
export const HUB_GROUP_AT = 24;

/** 本市可替代企业 (localSubstitutes): the list's default and largest length. */
export const LOCAL_SUBSTITUTES_DEFAULT = 10;
export const LOCAL_SUBSTITUTES_MAX = 100;

/** 若引进此企业 (whatIfAttract): firms per request. */
export const ATTRACT_MAX_FIRMS = 20;
