/** Assembles data/context.json and its section of data/SOURCES.md. */
import type {
  ArticleFigure,
  CatalogEntry,
  Claim,
  ContextDocument,
  ContextSource,
  Disagreement,
  Topic,
  Unplaced,
} from './types.ts';

export function toContextSource(entry: CatalogEntry): ContextSource {
  return {
    id: entry.id,
    title: entry.title,
    author: entry.author,
    outlet: entry.outlet,
    date: entry.date,
    dateApproximate: entry.dateApproximate,
    dateBasis: entry.dateBasis,
    url: entry.url,
    kind: 'article',
  };
}

export function assembleContext(parts: {
  catalog: readonly CatalogEntry[];
  topics: readonly Topic[];
  claims: readonly Claim[];
  disagreements: readonly Disagreement[];
  articleFigures: readonly ArticleFigure[];
  unplaced: readonly Unplaced[];
}): ContextDocument {
  return {
    schema: 1,
    sources: parts.catalog.map(toContextSource),
    topics: [...parts.topics],
    claims: [...parts.claims],
    disagreements: [...parts.disagreements],
    articleFigures: [...parts.articleFigures],
    unplaced: [...parts.unplaced],
  };
}

/** One record per line, so a changed claim shows up as a one-line diff. */
export function contextToJson(context: ContextDocument): string {
  const lists = Object.entries(context).map(([key, value]) => {
    if (!Array.isArray(value)) return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    const body = value.map((item) => JSON.stringify(item)).join(',\n');
    return `${JSON.stringify(key)}:[\n${body}\n]`;
  });
  return `{${lists.join(',\n')}}\n`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Markdown cells come from our own data, but a stray pipe would still break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function contextSourcesSection(context: ContextDocument): string {
  const claimsBySource = countBy(context.claims, (claim) => claim.sourceId);
  const places = new Set(context.claims.flatMap((claim) => claim.places));
  const views = context.claims.filter((claim) => claim.stance === 'article-view').length;
  const topicLabels = new Map(context.topics.map((topic) => [topic.id, topic.label]));
  const claimsByTopic = countBy(context.claims, (claim) => claim.topic);
  const withFigures = context.claims.filter((claim) => (claim.figures?.length ?? 0) > 0).length;

  const sourceRows = context.sources.map((source) => {
    const by =
      [source.author, source.outlet].filter((part): part is string => part !== null).join('; ') ||
      'not stated';
    const date =
      source.date === null ? 'undated' : `${source.date}${source.dateApproximate ? ' (approx.)' : ''}`;
    return `| \`${source.id}\` | ${cell(source.title)} | ${cell(by)} | ${date} | ${claimsBySource.get(source.id) ?? 0} |`;
  });
  const topicRows = context.topics
    .map((topic) => `${topic.label} ${claimsByTopic.get(topic.id) ?? 0}`)
    .join('; ');
  const disagreementItems = context.disagreements.map((d) => {
    const links = d.items.map((item) =>
      'claimId' in item ? `claim \`${item.claimId}\`` : `published \`${item.publishedFigureId}\``,
    );
    return `- **${d.what}** (\`${d.id}\`, ${topicLabels.get(d.topic) ?? d.topic}): ${links.join(', ')}. ${d.note}`;
  });
  const unplacedItems = context.unplaced.map(
    (entry) => `- \`${entry.sourceId}\`: ${entry.what} (${entry.why})`,
  );

  return `## Cited context

Output: \`data/context.json\` (schema 1): the sources, the topics, claims, disagreements, article figures and the list of what could not be mapped. Written by \`geo/context/\` from the hand-written claims in \`geo/context/claims/\` (one YAML file per article, named by its catalog id, in the catalog's order), checked against the articles and \`catalog.json\` in the sources folder and against \`attacks/reported_figures_province_year.csv\`.

**How the claims were written.** Each article was read in full and its statements were rewritten by hand as short single sentences in our own words, each citing its article by catalog id. A claim is marked \`fact\` when the article states it as fact and \`article-view\` when it is the author's opinion or interpretation; such sentences say so ("The author argues ..."). Quoted statements and contested numbers name who said them. Figures are kept in structured form with units. Towns without a polygon are placed on their district, and places in Afghanistan and eastern Iran on their provinces. The articles are not redistributed: only their metadata and our claims are published, and the build fails if any published text shares a run of 8 or more consecutive words with an article (after lowercasing and removing punctuation).

**Counts.** ${context.claims.length} claims from ${context.sources.length} sources (${views} marked as the article's view, ${withFigures} with figures), on ${places.size} distinct places; ${context.disagreements.length} disagreements; ${context.articleFigures.length} article figures in the shape of the published-figures table; ${context.unplaced.length} things that could not be mapped.

| source | title | author / outlet | date | claims |
|---|---|---|---|---:|
${sourceRows.join('\n')}

Claims by topic: ${topicRows}.

**Checks the build enforces.** Every claim cites a catalogued source and names at least one known place id (districts, provinces, regions, the Durand Line, ports, crossings and towns, routes and corridor groups, neighbouring countries and provinces); every catalogued source is cited; every period is YYYY, YYYY-MM or YYYY-MM-DD with from ≤ to; every disagreement links at least two figures that resolve to claims or to rows of the published-figures table; every article figure points at a claim of the same article.

### Disagreements

Where the articles' figures differ from each other or from the published series, both are kept and shown side by side with their citations:

${disagreementItems.join('\n')}

### Not placed on the map

${unplacedItems.join('\n')}
`;
}
