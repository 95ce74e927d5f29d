/** The days of the months: what the deadline reader (annotations.ts) and GW305 (dates.ts) check dates against. */

/** The days of each month, by its number; February's in a leap year (without a year, `2月29日` may be one). */
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` is a leap year of the Gregorian calendar. */
export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days `month` has in `year` (NaN: not written, February's 29); undefined for no month of the year. */
export function daysIn(month: number, year: number): number {
  if (month === 2 && Number.isFinite(year) && !isLeap(year)) return 28;
  return DAYS_IN_MONTH[month];
}
