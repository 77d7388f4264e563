/** What the legend's words need beyond the view, read from the dashboard: the screen and the exports share it. */
import type { LegendContext } from '../choropleth/legend';
import { dashboard } from '../state/dashboard.svelte';
import { safeHref } from './safe-url';

export function legendContext(): LegendContext {
  return {
    organisations: dashboard.published?.organisations ?? [],
    articleTitles: dashboard.articleTitles,
    userLabel: dashboard.showingUserData ? dashboard.userLabel : null,
    lastEventYear: dashboard.lastEventYear,
    safeHref,
    districtOrganisations: dashboard.districtFigures?.organisations ?? [],
    districtsPerProvince: dashboard.districtsPerProvince,
    provinceNames: new Map(dashboard.provinceUnits.map((u) => [u.id, u.name])),
  };
}
