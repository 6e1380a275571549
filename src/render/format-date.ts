/** Formatters are costly to make: one per language and precision, kept. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(lang: string, withDay: boolean): Intl.DateTimeFormat | null {
  const key = `${lang}|${withDay}`;
  if (!formatters.has(key)) {
    const parts: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    try {
      formatters.set(key, new Intl.DateTimeFormat(lang, { ...parts, timeZone: 'UTC' }));
    } catch {
      formatters.set(key, null);
    }
  }
  return formatters.get(key)!;
}

/** Dates already written, by language and value: a pack of 1,000 options repeats the same few hundred. */
const written = new Map<string, string>();

/** `1950-09-15` as "15 September 1950" (in the brief's language), `1950-09` as "September 1950". */
export function formatDate(value: string, lang: string): string {
  const key = `${lang}|${value}`;
  let text = written.get(key);
  if (text === undefined) {
    const [year, month, day] = value.split('-').map(Number);
    text = year === undefined || month === undefined ? value : (formatter(lang, day !== undefined)?.format(new Date(Date.UTC(year, month - 1, day ?? 1))) ?? value);
    written.set(key, text);
  }
  return text;
}

/** A period `{from, to}` as "December 1962 – May 1963", or "September 1960 –" while it has no end. */
export function formatPeriod(period: { from: string; to: string | null }, lang: string): string {
  if (!period.to) return `${formatDate(period.from, lang)} –`;
  if (period.to === period.from) return formatDate(period.from, lang);
  return `${formatDate(period.from, lang)} – ${formatDate(period.to, lang)}`;
}
