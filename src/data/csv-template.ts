/**
 * Rows of the TimelineJS Google Sheets template (`Year, Month, Day, Time,
 * End Year, …, Headline, Text, Media, …, Type, Group, Background`) → draft
 * events, eras and the title. A row whose Type is `title` gives the dataset
 * title, `era` an era; every other row is an event slide.
 */
import type {TimelineCategory, TimelineData, TimelineEra, TimelineEvent} from '../types.js';
import type {Origins} from './conversion.js';
import {parseTimeOfDay, type DatePart, type DateParts} from './date-parts.js';
import type {CsvRow, CsvTable} from './csv-table.js';
import {htmlToLine, htmlToText} from './html-text.js';
import type {ProblemList} from './read-fields.js';
import {
  convertEraSlide,
  convertSlide,
  createReporter,
  type DateCell,
  type SlideInput,
} from './timelinejs-slide.js';

const COLUMNS = new Set(
  'year month day time endyear endmonth endday endtime displaydate headline text media mediacredit mediacaption mediathumbnail mediaalt alttext type group background'.split(
    ' '
  )
);
/** Draft field → template column key. */
const FIELDS = {
  date: 'year',
  end: 'endyear',
  title: 'headline',
  summary: 'text',
  category: 'group',
  image: 'media',
  'image.url': 'media',
};

/** Is this header the TimelineJS template (it has Year and Headline, and no `date` column)? */
export function isTemplateHeader(keys: ReadonlySet<string>): boolean {
  return keys.has('year') && keys.has('headline') && !keys.has('date');
}

export const isTemplateColumn = (key: string) => COLUMNS.has(key);

/** A date from the Year/Month/Day/Time columns (`end` for the End … ones); `undefined` for a bad time (reported). */
function dateCell(row: CsvRow, end: boolean, problems: ProblemList): DateCell | undefined {
  const key = (part: string) => (end ? `end${part}` : part);
  const parts: DateParts = {year: row.cell(key('year')).value, month: row.cell(key('month')).value};
  parts.day = row.cell(key('day')).value;
  const time = row.cell(key('time'));
  if (time.value) {
    const parsed = parseTimeOfDay(time.value);
    if (!parsed) {
      problems.error(
        time.path,
        `${row.note}${JSON.stringify(time.value)} is not a time (use hh:mm or hh:mm:ss)`
      );
      return undefined;
    }
    Object.assign(parts, parsed);
  }
  const columnOf: Record<DatePart, string> = {
    year: 'year',
    month: 'month',
    day: 'day',
    hour: 'time',
    minute: 'time',
    second: 'time',
  };
  return {parts, at: (part) => row.path(key(columnOf[part]))};
}

function slideOf(row: CsvRow, problems: ProblemList): SlideInput | undefined {
  const start = dateCell(row, false, problems);
  const end = dateCell(row, true, problems);
  if (!start || !end) return undefined;
  const display = row.cell('displaydate');
  if (display.value)
    problems.warn(
      display.path,
      `${row.note}${JSON.stringify(display.value)} is ignored: the date is shown from its parts`
    );
  return {
    note: row.note,
    start,
    end,
    headline: row.cell('headline'),
    text: row.cell('text'),
    media: {
      url: row.cell('media'),
      caption: row.cell('mediacaption'),
      credit: row.cell('mediacredit'),
      alt: row.cell('mediaalt').value ? row.cell('mediaalt') : row.cell('alttext'),
    },
    group: row.cell('group'),
  };
}

/** The draft dataset for `table` (records where each event and era came from in `origins`). */
export function readTemplateRows(table: CsvTable, origins: Origins, problems: ProblemList): TimelineData {
  const events: TimelineEvent[] = [];
  const eras: TimelineEra[] = [];
  const categories: Record<string, TimelineCategory> = {};
  const data: TimelineData = {events, eras, categories};
  const fields = Object.fromEntries(
    Object.entries(FIELDS).map(([field, key]) => [field, table.columns.get(key) ?? key])
  ) as Record<keyof typeof FIELDS, string>;
  let titleRow: CsvRow | undefined;
  for (const row of table.rows) {
    const type = row.cell('type');
    const kind = type.value.toLowerCase();
    if (kind === 'title') {
      if (titleRow) {
        createReporter(problems, row.note).warn(
          type.path,
          `a title row was already read on line ${titleRow.line}; this one is ignored`
        );
        continue;
      }
      titleRow = row;
      const title = htmlToLine(row.cell('headline').value).text;
      const description = htmlToText(row.cell('text').value).text;
      if (title) data.title = title;
      if (description) data.description = description;
      continue;
    }
    if (kind && kind !== 'era') {
      problems.warn(
        type.path,
        `${row.note}unknown type ${JSON.stringify(type.value)}; the row is read as an event`
      );
    }
    const slide = slideOf(row, problems);
    if (slide && kind === 'era') {
      const era = slide.end && convertEraSlide({...slide, end: slide.end}, problems);
      if (!era) continue;
      const {date: start, end, title} = fields;
      origins.set(`eras[${eras.length}]`, {
        path: `rows[${row.index}]`,
        note: row.note,
        fields: {start, end, title},
      });
      eras.push(era);
      continue;
    }
    const result = slide && convertSlide(slide, problems);
    if (!result) continue;
    origins.set(`events[${events.length}]`, {path: `rows[${row.index}]`, note: row.note, fields});
    events.push(result.event);
    if (result.category && !Object.hasOwn(categories, result.category.key)) {
      categories[result.category.key] = {label: result.category.label};
    }
  }
  return data;
}
