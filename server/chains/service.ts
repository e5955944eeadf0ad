import { SegmentFigures } from '../aggregates/segment-figures.js';
import { GraphService } from '../graph-service.js';
import type { Actor } from '../auth/policy.js';
import type { AnswerCache } from '../cache/answers.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database } from '../db/index.js';
import type { GapService } from '../gaps/service.js';
import { whatIfAttract, type AttractArgs, type WhatIfAttractResult } from './attract.js';
import { chainComparison, type ChainComparison, type ComparisonArgs } from './comparison.js';
import { chainEvolution, type ChainEvolution, type EvolutionArgs } from './evolution.js';
import { localSubstitutes, type LocalSubstitute, type SubstitutesArgs } from './substitutes.js';

/**
 * Chains over time (evolution), side by side (comparison) and forward (substitutes, attract).
 * Evolution, substitutes and attract are built from the chain-gap report of gaps/; the comparison
 * reads the same facts for all the chain's clusters at once (chains/comparison-*) and applies the
 * same rules (gaps/rules.ts). Either way the figures are exactly chainGapReport's for the cluster and year.
 */
export class ChainService extends GraphService(
  'chains/comparison-frame',
  'chains/comparison-firms',
  'chains/comparison-supply',
  'chains/local-substitutes',
  'chains/attract-firms',
) {
  /** the local-firm figures kept per segment and year (server/aggregates/) */
  private readonly figures: SegmentFigures;

  constructor(
    db: Database,
    cypher: CypherLibrary,
    private readonly gaps: GapService,
    answers?: AnswerCache,
  ) {
    super(db, cypher, answers);
    this.figures = new SegmentFigures(cypher);
  }

  evolution(args: EvolutionArgs, actor: Actor | null): Promise<ChainEvolution> {
    return this.answers.get('chainEvolution', actor, args, () => chainEvolution(this.gaps, args, actor));
  }

  comparison(args: ComparisonArgs, actor: Actor | null): Promise<ChainComparison> {
    return this.answers.get('chainComparison', actor, args, () =>
      chainComparison(
        this.db,
        {
          frame: this.q['chains/comparison-frame'],
          firms: this.q['chains/comparison-firms'],
          supply: this.q['chains/comparison-supply'],
          figures: this.figures,
        },
        args,
        actor,
      ),
    );
  }

  substitutes(args: SubstitutesArgs, actor: Actor | null): Promise<LocalSubstitute[]> {
    return this.answers.get('localSubstitutes', actor, args, () =>
      localSubstitutes(this.db, this.q['chains/local-substitutes'], this.gaps, args, actor),
    );
  }

  attract(args: AttractArgs, actor: Actor | null): Promise<WhatIfAttractResult> {
    return this.answers.get('whatIfAttract', actor, args, () =>
      whatIfAttract(this.db, this.q['chains/attract-firms'], this.gaps, args, actor),
    );
  }
}
