import type { Figure } from '@portal/schema';

const NBSP = '\u00a0';
const full = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('ru-RU', { notation: 'compact', maximumFractionDigits: 1 });

/** A number as Russian readers write it: «101 948» (ru-RU group separator), «3,5». */
export function formatNumber(value: number): string {
  return full.format(value);
}

/** A large round number the short way: «3,5 млн», «200 тыс.». */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** A figure's number apart from its qualifier, so a page can set «более» smaller: { prefix: 'более', number: '300' }. */
export function figureParts(figure: Pick<Figure, 'value' | 'qualifier' | 'unit' | 'compact'>): {
  prefix: string | null;
  number: string;
} {
  const number = figure.compact ? formatCompact(figure.value) : formatNumber(figure.value);
  return {
    prefix: figure.qualifier === 'more_than' ? 'более' : null,
    number: figure.unit ? `${number}${NBSP}${figure.unit}` : number,
  };
}

/**
 * The number part of a figure: «101 948», «более 300», «более 3,5 млн», «8 %».
 * The unit follows after a no-break space, as Russian typography puts it («8 %»).
 */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'qualifier' | 'unit' | 'compact'>): string {
  const { prefix, number } = figureParts(figure);
  return prefix ? `${prefix} ${number}` : number;
}

/** The whole figure as one line of text: «более 300 участников команд…». */
export function formatFigure(figure: Figure): string {
  return `${formatFigureValue(figure)} ${figure.label}`;
}

/**
 * An amount of roubles: in full below a million («450 000 ₽»), the short way from a million on
 * («1,2 млн ₽», «3 млрд ₽»), the sign after a no-break space.
 */
export function formatRoubles(value: number): string {
  return `${value >= 1_000_000 ? formatCompact(value) : formatNumber(Math.round(value))}${NBSP}₽`;
}
