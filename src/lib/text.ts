/** Ends `text` with exactly one full stop, unless it already ends a sentence (engine reasons often do). */
export const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
