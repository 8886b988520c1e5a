/** The day number of a date cell, or null for anything else (blank, unreadable text, a bad date). */
export { cellDay as dayOf } from '../../classify/cell-day';
