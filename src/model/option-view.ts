import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import type { OptionView } from './brief-model.js';

/** Keys are built in print order, so walking them finds citations in order of first use. */
export function optionView(option: PolicyOption, pack: Pack, number: number): OptionView {
  return {
    number,
    anchor: `option-${option.id}`,
    id: option.id,
    title: option.title,
    short_title: option.short_title ?? option.title,
    also_known_as: option.also_known_as,
    kind: option.kind,
    period: { from: option.period.from, to: option.period.to ?? null },
    proposed_by: option.proposed_by,
    status: option.status,
    status_note: option.status_note,
    summary: option.summary,
    provisions: option.provisions,
    timeline: option.timeline,
    positions: pack.parties.flatMap((party) => {
      const position = option.positions[party.id];
      return position ? [{ party: { ...party, description: party.description ?? null }, ...position }] : [];
    }),
    pros: option.pros,
    cons: option.cons,
    disagreements: option.disagreements,
    outcome: option.outcome,
    assessment: pack.criteria.map((criterion) => {
      const a = option.assessment[criterion.id];
      return { criterion: { ...criterion, rubric: criterion.rubric ?? null }, score: a?.score ?? null, rationale: a?.rationale ?? null };
    }),
    sources: option.sources,
  };
}
