/** The citations of the border timeline on screen, for the PNG export's footer. */
import type { BorderEvent } from '../contracts/border';
import { formatEventDate } from './date';

class TimelineCitations {
  /** one line per listed event: date, id, outlet and address */
  lines = $state<string[]>([]);
}

export const timelineCitations = new TimelineCitations();

export function citationLine(
  event: Pick<BorderEvent, 'id' | 'day' | 'date' | 'datePrecision' | 'sourceOutlet' | 'sourceUrl'>,
): string {
  const when = formatEventDate(event);
  return `${when} (${event.id}): ${event.sourceOutlet}, ${event.sourceUrl}`;
}
