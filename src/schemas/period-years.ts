/** The years a report's period may be in: the draft schema accepts them, the builder's year field takes them. */
export const PERIOD_YEARS = { min: 1990, max: 2100 } as const;

export const isPeriodYear = (year: number) => Number.isInteger(year) && year >= PERIOD_YEARS.min && year <= PERIOD_YEARS.max;
