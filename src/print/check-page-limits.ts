import type { Problem } from '../core/errors.js';
import type { PlannedBrief } from '../model/plan-briefs.js';
import { problemAt } from '../validate/located-problem.js';
import type { PdfMeasure } from './measure-pdf.js';
import { count } from '../core/count.js';

const pages = (n: number) => count(n, 'page');

/**
 * Briefs longer than their set's `page_limit`: a one-option brief against
 * `per_option`, a whole brief against `total`. Each problem points at the
 * option or audience in the pack, and names what runs over and by how much.
 */
export function checkPageLimits(briefs: readonly PlannedBrief[], measures: readonly PdfMeasure[], severity: Problem['severity']): Problem[] {
  // As an error, say how to build the other briefs regardless.
  const anyway = severity === 'error' ? '; or build with --allow-overflow to print it over the limit, with a warning' : '';
  return briefs.flatMap((brief, i): Problem[] => {
    const measure = measures[i]!;
    const limits = brief.set.config.page_limit;
    const limit = brief.option === undefined ? limits?.total : limits?.per_option;
    if (limit === undefined || measure.pages <= limit) return [];
    const over = `${pages(measure.pages - limit)} over`;
    const { yaml, data } = brief.pack;
    if (brief.option !== undefined) {
      const message = `the ${brief.audience} brief of option "${brief.option.id}" prints on ${pages(measure.pages)}; the set allows ${limit} (${over}): shorten the option (its summary, arguments and positions fill the page) or use a set with more room${anyway}`;
      return [problemAt(yaml, ['options', brief.option.number - 1], message, severity)];
    }
    const past = measure.headings.filter((h) => h.page > limit).map((h) => `"${h.title}"`);
    const sections = past.length > 0 ? `; past page ${limit}: ${past.join(', ')}` : '';
    const at = data.audiences.indexOf(brief.audience);
    const message = `the ${brief.audience} brief prints on ${pages(measure.pages)}; the set allows ${limit} (${over})${sections}${anyway}`;
    return [problemAt(yaml, at >= 0 ? ['audiences', at] : ['audiences'], message, severity)];
  });
}
