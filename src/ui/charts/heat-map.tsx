import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { useId, type Ref } from 'react';
import { EMPTY_CELL, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED_INK, textColorOn, textWidth } from './chart-style';

export interface HeatMapProps {
  /** The figure's accessible name (its <title>). */
  title: string;
  /** What it shows, in words (its <desc>). */
  description: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** values[row][column]; null draws an empty (grey) cell. */
  values: readonly (readonly (number | null)[])[];
  /** The text printed in each cell. */
  cellText: (value: number | null, row: number, column: number) => string;
  /** The values mapped to the lightest and darkest colour; values outside are clamped. */
  domain: readonly [number, number];
  rowAxisTitle: string;
  columnAxisTitle: string;
  ref?: Ref<SVGSVGElement>;
}

const PAD = 8;
const AXIS_TITLE = 18;
const LABEL_GAP = 6;

/**
 * A matrix as a heat map with the value printed in every cell: rows labelled on the left,
 * columns on top (slanted at 45°), a sequential blue palette (perceptually ordered, readable
 * in grey) and black or white text, whichever contrasts more with its cell.
 */
export function HeatMap({
  title,
  description,
  rowLabels,
  columnLabels,
  values,
  cellText,
  domain,
  rowAxisTitle,
  columnAxisTitle,
  ref,
}: HeatMapProps) {
  const id = useId();
  const texts = values.map((row, r) => row.map((v, c) => cellText(v, r, c)));
  const cell = Math.max(40, ...texts.flat().map((t) => textWidth(t) + 12));
  const rowLabelWidth = Math.max(0, ...rowLabels.map((l) => textWidth(l)));
  const columnLabelReach = Math.ceil(Math.max(0, ...columnLabels.map((l) => textWidth(l))) * Math.SQRT1_2);
  const left = PAD + AXIS_TITLE + rowLabelWidth + LABEL_GAP;
  const top = PAD + AXIS_TITLE + columnLabelReach + LABEL_GAP + FONT_SIZE / 2;
  const gridWidth = cell * columnLabels.length;
  const gridHeight = cell * rowLabels.length;
  // The last column label leans right past the grid.
  const width = left + gridWidth + Math.max(PAD, columnLabelReach - cell / 2 + PAD);
  const height = top + gridHeight + PAD;
  const color = scaleSequential(interpolateBlues)
    .domain(domain[0] === domain[1] ? [domain[0], domain[0] + 1] : [domain[0], domain[1]])
    .clamp(true);

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
      <text x={left + gridWidth / 2} y={PAD + FONT_SIZE} textAnchor="middle" fontWeight="bold" fill={INK}>
        {columnAxisTitle}
      </text>
      <text
        transform={`translate(${PAD + FONT_SIZE}, ${top + gridHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        fontWeight="bold"
        fill={INK}
      >
        {rowAxisTitle}
      </text>
      {columnLabels.map((label, c) => {
        const x = left + c * cell + cell / 2;
        const y = top - LABEL_GAP;
        return (
          <text key={`c${c}`} transform={`translate(${x}, ${y}) rotate(-45)`} fill={MUTED_INK}>
            {label}
          </text>
        );
      })}
      {rowLabels.map((label, r) => (
        <text
          key={`r${r}`}
          x={left - LABEL_GAP}
          y={top + r * cell + cell / 2}
          dy="0.35em"
          textAnchor="end"
          fill={MUTED_INK}
        >
          {label}
        </text>
      ))}
      {values.map((row, r) =>
        row.map((v, c) => {
          const fill = v === null ? EMPTY_CELL : color(v);
          return (
            <g key={`${r}-${c}`}>
              <rect
                x={left + c * cell}
                y={top + r * cell}
                width={cell}
                height={cell}
                fill={fill}
                stroke={GRID}
                strokeWidth={1}
              />
              <text
                x={left + c * cell + cell / 2}
                y={top + r * cell + cell / 2}
                dy="0.35em"
                textAnchor="middle"
                fill={v === null ? MUTED_INK : textColorOn(fill)}
              >
                {texts[r]![c]}
              </text>
            </g>
          );
        }),
      )}
    </svg>
  );
}
