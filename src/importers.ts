/**
 * `relations-timeline/importers`: the readers of other formats, for a build
 * step or a page that converts data itself. The element does not need this
 * entry: it loads the same readers on its own when `src` or inline data is
 * TimelineJS JSON or CSV. Kept out of the main entry, where they would be
 * about a third of the library's code.
 */
export {fromTimelineJS} from './data/from-timelinejs.js';
export {fromCSV} from './data/from-csv.js';
export type {Conversion} from './data/conversion.js';
export {parseTimelineText} from './data/convert-text.js';
