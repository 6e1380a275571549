import type { OPTION_KINDS, OPTION_STATUSES, STANCES } from '../schema/option.js';

/** A reader-facing word for every value of an enum: a value added to the schema without one is a type error. */
type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

const LABELS: { kind: LabelsOf<typeof OPTION_KINDS>; status: LabelsOf<typeof OPTION_STATUSES>; stance: LabelsOf<typeof STANCES> } = {
  kind: {
    resolution: 'Resolution',
    'mediation-proposal': 'Mediation proposal',
    'bilateral-talks': 'Bilateral talks',
    backchannel: 'Backchannel',
    'dialogue-framework': 'Dialogue framework',
    'track-two': 'Track-two proposal',
    treaty: 'Treaty',
    declaration: 'Declaration',
    'unilateral-measure': 'Unilateral measure',
  },
  status: {
    proposed: 'Proposed',
    'under-discussion': 'Under discussion',
    stalled: 'Stalled',
    rejected: 'Rejected',
    superseded: 'Superseded',
    'partly-implemented': 'Partly implemented',
    'in-force': 'In force',
    'in-abeyance': 'In abeyance',
  },
  stance: {
    supports: 'Supports',
    conditional: 'Accepts with conditions',
    divided: 'Divided',
    opposes: 'Opposes',
    'no-position': 'No stated position',
  },
};

/** The reader-facing words for an enum value: `label("status", "in-force")` is "In force"; templates call it as `{{display "status" status}}`. */
export function label(group: string, value: string): string {
  return (LABELS as Record<string, Record<string, string> | undefined>)[group]?.[value] ?? value;
}
