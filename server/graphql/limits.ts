import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

// Types are read through their printed form and methods, never `instanceof`: the schema may
// come from another copy of graphql-js than this module (Apollo's, a test runner's).
const fieldsOf = (type: GraphQLNamedType | null | undefined): Record<string, GraphQLField<unknown, unknown>> | null =>
  type && typeof (type as { getFields?: unknown }).getFields === 'function' && !('parseValue' in type)
    ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()
    : null;
const isList = (field: GraphQLField<unknown, unknown>) => String(field.type).replace(/!$/, '').startsWith('[');
const namedType = (schema: GraphQLSchema, field: GraphQLField<unknown, unknown>) =>
  schema.getType(String(field.type).replace(/[[\]!]/g, ''));

/**
 * What one GraphQL operation may ask for, estimated before it runs:
 * - depth: the deepest chain of nested fields (introspection fields not counted);
 * - cost: every field costs 1, plus its own work when it runs database work (FIELD_COSTS: an
 *   analysis costs the same whatever is selected inside it), and a list field multiplies the
 *   cost of what is selected inside it by how many items it may return: its `first` argument
 *   when it has one (a connection's `edges` take their parent's `first`), a known bound for
 *   graph views, else a default.
 * Aliases count once each, so asking for the same expensive field a hundred times costs a
 * hundred times as much: 25 analyses at most per operation.
 */
export const MAX_DEPTH = 12;
export const MAX_COST = 25_000;
/** How many items a list field without `first` is assumed to return. */
const DEFAULT_LIST_SIZE = 25;
/** Known bounds of list fields (Type.field), where they differ from the default. */
const LIST_SIZES: Record<string, number> = {
  'GraphView.nodes': 500,
  'GraphView.edges': 500,
  'Query.clusters': 50,
  'Query.users': 50,
  'Query.targetLists': 25,
  'TargetList.entries': 100,
  // status changes of one entry: a handful (the pipeline has six statuses); read with the list
  'TargetListEntry.history': 10,
  'TargetDashboard.indicators': 25,
  'WhatIfResult.waves': 10,
  'WhatIfWave.firms': 25,
  // RISK_GROUP_TOP_SUPPLIERS (#shared/thresholds.ts) per segment group
  'SingleSourceSegmentGroup.topSuppliers': 3,
  // the lists a 补链 target is on: a few at most
  'InvestmentTarget.onLists': 5,
};
/** What one analysis costs: a root field that runs a whole analysis in Neo4j (and in memory). */
export const ANALYSIS_COST = 1000;
/**
 * The work of fields that run database work (Type.field → cost, added to the field's 1), the one
 * table of it. Analyses cost ANALYSIS_COST whatever their selection; one statement per call costs
 * less; mutations are a write transaction each; fields loaded per object (batched by the
 * request's loaders, but still a statement per batch) cost a little more than plain properties.
 * Mutation fields not listed cost MUTATION_COST; query root fields not listed ROOT_QUERY_COST (each runs
 * at least one statement, so a flood of aliases of any of them is never free).
 */
export const FIELD_COSTS: Record<string, number> = {
  // answered without the database (constants; the session read before the request)
  'Query.about': 0,
  'Query.me': 0,
  'Query.chainGapReport': ANALYSIS_COST,
  'Query.whatIf': ANALYSIS_COST,
  'Query.collaborationNetwork': ANALYSIS_COST,
  'Query.targetDashboard': ANALYSIS_COST,
  'Query.overview': ANALYSIS_COST / 2,
  'Query.supplyNeighborhood': ANALYSIS_COST / 2,
  'Query.supplyPath': ANALYSIS_COST / 2,
  'Query.searchEnterprises': 100,
  'Query.clusters': 20,
  'Query.counties': 20,
  'Query.cluster': 10,
  'Query.enterprise': 10,
  'Query.users': 20,
  'Query.targetLists': 20,
  'Query.targetList': 20,
  'Query.auditLog': 20,
  // chains over time and side by side: a gap report per year, before and after; the comparison reads
  // every peer cluster's facts (set-based, but its work grows with the peers)
  'Query.chainEvolution': 2 * ANALYSIS_COST,
  'Query.chainComparison': 4 * ANALYSIS_COST,
  'Query.whatIfAttract': 2 * ANALYSIS_COST,
  'Query.localSubstitutes': 100,
  'Query.importChanges': 100,
  'Query.researchInstitutes': 20,
  'Query.chainSegments': 20,
  'Enterprise.supplyLinks': 20,
  'Enterprise.collaborations': 20,
  'Enterprise.recentChanges': 20,
  'Enterprise.editScope': 2,
  'ChainGapReport.segmentFirms': 100,
  'Enterprise.clusters': 2,
  'Enterprise.segments': 2,
  // batched per request (loaders.targetListsOf): one statement for every target
  'InvestmentTarget.onLists': 2,
  'Enterprise.years': 2,
  'Enterprise.srdiLevel': 2,
  'Enterprise.supplierCount': 2,
  'Enterprise.customerCount': 2,
  'Mutation.signOut': 10,
};
/** A mutation: one write transaction (with its audit entry). */
export const MUTATION_COST = 100;
/** A root query field not in FIELD_COSTS: at least one statement. */
const ROOT_QUERY_COST = 10;

/** Default `first` of fields whose schema default is not given in the query. */
const DEFAULT_FIRST: Record<string, number> = {
  'Query.searchEnterprises': 20,
  'Query.auditLog': 50,
  'Query.importChanges': 50,
  'GraphView.topActors': 10,
};

export interface OperationMeasure {
  depth: number;
  cost: number;
}

/** Depth and estimated cost of an operation (fragments resolved; a fragment cycle cannot occur in a validated document). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0 };

  const argument = (args: readonly { name: { value: string }; value: ValueNode }[] | undefined, name: string): number | null => {
    const node = args?.find((a) => a.name.value === name)?.value;
    if (!node) return null;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variables[node.name.value];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    return null;
  };

  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType, pageSize: number | null, seen: Set<string>): OperationMeasure => {
    let cost = 0;
    let depth = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = fieldsOf(type)?.[name];
        if (!field) continue;
        const key = `${type.name}.${name}`;
        const list = isList(field);
        const hasFirst = field.args.some((a) => a.name === 'first');
        const first = hasFirst ? Math.max(0, argument(selection.arguments, 'first') ?? DEFAULT_FIRST[key] ?? DEFAULT_LIST_SIZE) : null;
        let multiplier = 1;
        if (list) multiplier = first ?? (name === 'edges' && pageSize !== null ? pageSize : (LIST_SIZES[key] ?? DEFAULT_LIST_SIZE));
        const child = selection.selectionSet ? namedType(schema, field) : null;
        const inner =
          selection.selectionSet && child
            ? walk(selection.selectionSet, child, !list && first !== null ? first : null, seen)
            : { depth: 0, cost: 0 };
        const work =
          FIELD_COSTS[key] ?? (type === root ? (operation.operation === OperationTypeNode.MUTATION ? MUTATION_COST : ROOT_QUERY_COST) : 0);
        cost += 1 + work + multiplier * inner.cost;
        depth = Math.max(depth, 1 + inner.depth);
      } else {
        let fragmentType = type;
        let set: SelectionSetNode | undefined;
        let name: string | null = null;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          set = selection.selectionSet;
          if (selection.typeCondition) fragmentType = schema.getType(selection.typeCondition.name.value) ?? type;
        } else {
          name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          set = fragment.selectionSet;
          fragmentType = schema.getType(fragment.typeCondition.name.value) ?? type;
        }
        const inner = walk(set, fragmentType, pageSize, name ? new Set([...seen, name]) : seen);
        cost += inner.cost;
        depth = Math.max(depth, inner.depth);
      }
    }
    return { depth, cost };
  };
  return walk(operation.selectionSet, root, null, new Set());
}
