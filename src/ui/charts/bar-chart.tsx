import { scaleLinear } from 'd3-scale';
import { useId, type Ref } from 'react';
import { FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED_INK, SMALL_FONT_SIZE, textWidth } from './chart-style';

export interface Bar {
  label: string;
  /** A second, smaller line under the label (e.g. the MedHELM category). */
  sublabel?: string;
  /** Null: no bar (an undefined statistic); `text` says why. */
  value: number | null;
  /** Printed after the bar. */
  text: string;
  /** An interval drawn as a whisker over the bar. */
  interval?: { lower: number; upper: number } | null;
}

export interface BarChartProps {
  title: string;
  description: string;
  bars: readonly Bar[];
  /** The axis starts at 0 and ends at `max` (made "nice"). */
  max: number;
  axisTitle: string;
  tickFormat: (value: number) => string;
  ref?: Ref<SVGSVGElement>;
}

const WIDTH = 760;
const PAD = 8;
const BAR = 16;
const GAP = 6;
export const BAR_FILL = '#3a7fb8';

/**
 * Horizontal bars from 0, one per row, labelled on the left (with an optional second line),
 * the value printed after each bar, an optional interval whisker, and a bottom axis with
 * gridlines at "nice" ticks.
 */
export function BarChart({ title, description, bars, max, axisTitle, tickFormat, ref }: BarChartProps) {
  const id = useId();
  const hasSublabels = bars.some((b) => b.sublabel);
  const row = hasSublabels ? BAR + GAP + SMALL_FONT_SIZE + 10 : BAR + GAP + 4;
  const labelWidth = Math.max(
    0,
    ...bars.map((b) => Math.max(textWidth(b.label), textWidth(b.sublabel ?? '', SMALL_FONT_SIZE))),
  );
  const textReach = Math.max(0, ...bars.map((b) => textWidth(b.text)));
  const left = PAD + labelWidth + 10;
  const right = WIDTH - PAD - textReach - 8;
  const top = PAD + 4;
  const plotHeight = bars.length * row;
  const height = top + plotHeight + 44;
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([left, Math.max(left + 100, right)])
    .clamp(true);
  const ticks = x.ticks(5);
  const axisY = top + plotHeight;
  const width = Math.max(WIDTH, x.range()[1]! + textReach + PAD + 8);

  return (
    <svg
      ref={ref}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      fontSize={FONT_SIZE}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={axisY} stroke={GRID} strokeWidth={1} />
          <text x={x(t)} y={axisY + 16} textAnchor="middle" fill={MUTED_INK} fontSize={SMALL_FONT_SIZE}>
            {tickFormat(t)}
          </text>
        </g>
      ))}
      <line x1={x(0)} x2={x.range()[1]} y1={axisY} y2={axisY} stroke={MUTED_INK} strokeWidth={1} />
      <text x={(x(0) + x.range()[1]!) / 2} y={axisY + 36} textAnchor="middle" fill={INK}>
        {axisTitle}
      </text>
      {bars.map((b, i) => {
        const y = top + i * row;
        const barEnd = b.value === null ? x(0) : x(b.value);
        const textX = Math.max(barEnd, b.interval ? x(b.interval.upper) : 0) + 6;
        return (
          <g key={`${i}-${b.label}`}>
            <text x={left - 10} y={y + BAR / 2} dy="0.35em" textAnchor="end" fill={INK}>
              {b.label}
            </text>
            {b.sublabel && (
              <text
                x={left - 10}
                y={y + BAR + SMALL_FONT_SIZE + 2}
                textAnchor="end"
                fill={MUTED_INK}
                fontSize={SMALL_FONT_SIZE}
              >
                {b.sublabel}
              </text>
            )}
            {b.value !== null && (
              <rect x={x(0)} y={y} width={Math.max(0, barEnd - x(0))} height={BAR} fill={BAR_FILL} />
            )}
            {b.interval && (
              <g stroke={INK} strokeWidth={1}>
                <line x1={x(b.interval.lower)} x2={x(b.interval.upper)} y1={y + BAR / 2} y2={y + BAR / 2} />
                <line x1={x(b.interval.lower)} x2={x(b.interval.lower)} y1={y + 3} y2={y + BAR - 3} />
                <line x1={x(b.interval.upper)} x2={x(b.interval.upper)} y1={y + 3} y2={y + BAR - 3} />
              </g>
            )}
            <text x={textX} y={y + BAR / 2} dy="0.35em" fill={INK}>
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
