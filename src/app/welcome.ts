import { readFlag, writeFlag, type KeyValueStore } from './storage/index';
import { WELCOME_SEEN_KEY } from './storage/records';

/** Set once the learner has answered or dismissed the first-visit card, so it never shows again. */
export const WELCOME_KEY = WELCOME_SEEN_KEY;

/** The lesson the first-visit card offers. */
export const FIRST_LESSON = '01-four-nouns';

/** True on a first visit; blocked storage counts as seen, so a card that cannot be dismissed for good never nags. */
export const isFirstVisit = (store: KeyValueStore): boolean => !readFlag(store, WELCOME_KEY, true);

/** Remembers the card was answered; with storage blocked, for this visit only. */
export const rememberWelcome = (store: KeyValueStore): void => writeFlag(store, WELCOME_KEY);
