import type { KeyValueStore } from './progress';

/** Set once the learner has answered or dismissed the first-visit card, so it never shows again. */
export const WELCOME_KEY = 'ecs-sandbox:welcome-seen';

/** The lesson the first-visit card offers. */
export const FIRST_LESSON = '01-four-nouns';

/** True on a first visit; blocked storage counts as seen, so a card that cannot be dismissed for good never nags. */
export function isFirstVisit(store: KeyValueStore): boolean {
  try {
    return store.getItem(WELCOME_KEY) === null;
  } catch {
    return false;
  }
}

export function rememberWelcome(store: KeyValueStore): void {
  try {
    store.setItem(WELCOME_KEY, '1');
  } catch {
    // storage blocked: the card is closed for this visit only
  }
}
