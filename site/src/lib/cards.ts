// The cards of the `.cards` lists (components/CardList.astro): a linked heading and a line of text.
import type { Topic } from '@portal/schema';

export interface Card {
  href: string;
  title: string;
  text: string;
  /** The small line above the heading (a city); CardList's `numbered` puts the card's number there. */
  label?: string;
  /** The card's own data attributes, e.g. `{ 'data-story': slug }`. */
  attributes?: Record<`data-${string}`, string>;
}

/** A topic's card: its title, linking to its page, and its summary. */
export function topicCard(topic: Pick<Topic, 'slug' | 'title' | 'summary'>): Card {
  return { href: `/topics/${topic.slug}/`, title: topic.title, text: topic.summary };
}
