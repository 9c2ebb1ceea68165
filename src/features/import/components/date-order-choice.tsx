import { parseDate, type DateOrder } from '../../../domain/formats/parse-date';
import type { DateColumn } from '../../../domain/formats/import-protocol';

const ORDERS: { order: DateOrder; name: string; pattern: string }[] = [
  { order: 'day-first', name: 'Day first', pattern: 'DD/MM/YYYY, as European spreadsheets write dates' },
  { order: 'month-first', name: 'Month first', pattern: 'MM/DD/YYYY, as US spreadsheets write dates' },
];

const reading = (example: string, order: DateOrder) => {
  const r = parseDate(example, { order });
  return r.kind === 'date' ? r.value : 'not a date';
};

interface Props {
  info: DateColumn;
  order: DateOrder | null;
  onChange: (order: DateOrder) => void;
}

/**
 * The day/month order of a date column. When the values tell (a first number over 12), it is
 * only stated; when every value could be either, or they contradict each other, the lead
 * chooses, seeing how three of the file's dates read each way.
 */
export function DateOrderChoice({ info, order, onChange }: Props) {
  const { column, evidence } = info;
  if (info.order !== null) {
    return (
      <p className="text-sm">
        Dates in “{column}” are read {info.order === 'day-first' ? 'day first' : 'month first'}: some of them only read
        that way.
      </p>
    );
  }
  const contradict = evidence.dayFirst > 0 && evidence.monthFirst > 0;
  return (
    <fieldset className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <legend className="font-medium">Date order of “{column}”</legend>
      <p>
        {contradict
          ? `Some dates only read day first (${evidence.dayFirst}), others only month first (${evidence.monthFirst}). Choose how to read them; dates that do not fit are imported without a date and listed.`
          : 'Every date in this column could be read day first or month first. Choose how the file writes them.'}
      </p>
      {ORDERS.map(({ order: o, name, pattern }) => (
        <div key={o} className="mt-2">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="date-order"
              value={o}
              checked={order === o}
              onChange={() => onChange(o)}
              aria-describedby={`date-order-${o}`}
            />
            {name}
          </label>
          <p id={`date-order-${o}`} className="ml-6 text-slate-700">
            {pattern}
            {evidence.examples.length > 0 && ': '}
            {evidence.examples.map((e) => `${e} → ${reading(e, o)}`).join('; ')}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
