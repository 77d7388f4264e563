/** The "Border and corridors, 2025–26" section of data/SOURCES.md, written from what the build derived. */
import { daysBetween, formatDay } from '../../src/lib/border/date.ts';
import type { StatusReading } from './tables.ts';
import type { BorderData, StatusInterval } from './types.ts';

export function statusLabel(interval: Pick<StatusInterval, 'status' | 'openFor' | 'disagreement'>): string {
  switch (interval.status) {
    case 'open':
      return 'open';
    case 'closed':
      return 'closed';
    case 'restricted':
      return `open for ${interval.openFor.join(' and ')} only`;
    case 'unknown':
      return interval.disagreement ? 'unknown (sources disagree)' : 'unknown (no source)';
  }
}

export function intervalRows(data: BorderData): string {
  return data.crossings
    .flatMap((crossing) =>
      crossing.intervals.map(
        (i) =>
          `| ${crossing.name} | ${formatDay(i.from)} | ${formatDay(i.to)}${i.endsBecause === 'data-ends' ? ' (end of data)' : ''} | ${daysBetween(i.from, i.to)} | ${statusLabel(i)} | ${i.citations.join(', ') || '–'} |`,
      ),
    )
    .join('\n');
}

export function borderSourcesSection(facts: {
  data: BorderData;
  files: { events: string; monthly: string };
  readings: Readonly<Record<string, StatusReading>>;
  bytes: number;
}): string {
  const { data } = facts;
  const kinds = new Map<string, number>();
  for (const e of data.events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const readingRows = Object.entries(facts.readings)
    .map(([id, r]) => {
      const effect =
        r.effect.kind === 'restricted'
          ? `open for ${r.effect.openFor} only`
          : r.effect.kind.replace(/-/g, ' ');
      return `| ${id} | ${r.crossings.join(', ')} | ${effect} | ${r.basis} |`;
    })
    .join('\n');
  const months = data.monthly.map(
    (m) =>
      `${m.month} (${m.attacks !== null ? 'attacks' : ''}${m.attacks !== null && m.killed !== null ? ', ' : ''}${m.killed !== null ? 'killed' : ''}; ${m.metricScope})`,
  );
  const located = data.events.filter((e) => e.point !== null);
  const afghan = located.filter((e) => e.country?.id === 'AFG').length;
  return `## Border and corridors, 2025–26

Written by \`geo/border/\` from \`${facts.files.events}\` (${data.events.length} dated, cited facts: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}) and the PICSS monthly rows of \`${facts.files.monthly}\`. Output: \`border.json\` (${(facts.bytes / 1024).toFixed(1)} KiB), loaded when the date control, a crossing, a corridor or the Durand Line panel needs it. The facts run from ${formatDay(data.coverage.from)} to ${formatDay(data.coverage.to)}: nothing later could be sourced, and the app says so where the timeline ends.

### Events

- Every row is kept with its own citation (\`sourceUrl\`, \`sourceOutlet\`). \`date\` is as the source gives it; \`day\` places it on the time axis: the first of the month for a month, the 5th, 15th or 25th for "early", "mid" or "late" in a month (\`datePrecision\` says which).
- \`killed\` is the row's count and \`killedCountedAs\` whose deaths and by whose count (the note's \`killed = …\` clause). Each side's claims about the other side's losses stay in \`claims\`, the rest of the note split at semicolons, each naming who made it: the app shows them as claims, never as the count. \`locationNote\` says how the point was placed.
- Rows over many places (\`multi-site\`) or outside the region have no point and are listed, never drawn. For the ${located.length} rows with a point, \`country\` says which side of the Durand Line it lies on: in Pakistan's provinces (full resolution) or else in the Natural Earth neighbour that contains it (${afghan} in Afghanistan).
- \`crossings\`, \`corridors\` and \`border\` come from the \`crossing_or_corridor\` value through the table \`TOPICS\` in \`geo/border/tables.ts\`; a value missing there fails the build. Nok Kundi's mining sites belong to the Quetta–Taftan corridor (the N-40 runs through it); events at Torkham and Chaman also belong to the Afghan transit corridor.

### Crossing status

For each of the five trade crossings with Afghanistan, a list of intervals (\`from\`, \`to\`, both inclusive), each with a status (\`open\`, \`closed\`, \`restricted\`: open for returning refugees or UN aid only, \`unknown\`) and the events that report it (\`citations\`):

- What each closure and reopening row (and each policy row that reports a crossing's status) says is read by hand in \`STATUS_READINGS\` (\`geo/border/tables.ts\`), below; a closure or reopening without a reading fails the build.
- A status holds from the report that set it until the next report that changes it. Before a crossing's first report its status is \`unknown\`: it is never assumed open. A later report that trade is still shut adds its citation to a closure or a refugees/aid-only opening and changes nothing. A second exception (UN aid after returning refugees) adds to the first.
- The last interval runs to the end of the data (\`endsBecause: "data-ends"\`): a crossing still closed then is shown as closed up to ${formatDay(data.coverage.to)}, with that said, and as unknown after it.
- Reports of the same day that disagree leave the stretch \`unknown\` until the next report and keep every side with its citations in \`disagreement\`. None of the rows disagree in this way; the notes record smaller disagreements (the length of the spring Torkham closure, 25 or 27 days; the day of the partial reopening, 1 or 2 November), which the app shows with the events.

| event | crossings | read as | why |
|---|---|---|---|
${readingRows}

| crossing | from | to | days | status | cited events |
|---|---|---|---|---|---|
${intervalRows(data)}

### Monthly figures

PICSS monthly figures for Pakistan as a whole, one row per month found: ${months.join('; ')}. Months without a row have no figure (April and July 2025 among them). The app charts them under the border timeline on the same time axis and says that the chart does not link the two.
`;
}
