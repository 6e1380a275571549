import { OptionSchema, type PolicyOption } from '../schema/option.js';
import { CriterionSchema, PartySchema, type Pack } from '../schema/pack.js';
import type { OptionView } from './brief-model.js';
import { withNulls } from './with-nulls.js';

/** An option with its positions in the pack's party order and its scores in the pack's criteria order. */
export function optionView(option: PolicyOption, pack: Pack, number: number): OptionView {
  return {
    ...withNulls(OptionSchema, option, ['short_title', 'period', 'positions', 'assessment']),
    number,
    anchor: `option-${option.id}`,
    short_title: option.short_title ?? option.title,
    period: { from: option.period.from, to: option.period.to ?? null },
    positions: pack.parties.flatMap((party) => {
      const position = option.positions[party.id];
      return position ? [{ party: withNulls(PartySchema, party), ...position }] : [];
    }),
    assessment: pack.criteria.map((criterion) => {
      const a = option.assessment[criterion.id];
      return { criterion: withNulls(CriterionSchema, criterion), score: a?.score ?? null, rationale: a?.rationale ?? null };
    }),
  };
}
