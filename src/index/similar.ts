// When two printed wordings are reports of the same words.

import { lcsLength } from '../text/align';

/** Shorter wordings than this are too common to merge on anything but identity. */
const MIN_WORDS = 5;
/** Without a speaker on both sides to agree, a merge needs more words in common. */
const MIN_WORDS_UNATTRIBUTED = 8;
/** Share of the shorter wording that must appear, in order, in the longer one. */
const MIN_SHARE = 0.8;
/** Words that outlets give to different speakers are one entry only when they are plainly the same. */
const MIN_SHARE_DISPUTED = 0.9;

/**
 * Same words: identical once folded, or most of the shorter wording in order in the longer (a trimmed,
 * reworded or elided report: "It’s not enough simply to take…" ~ "It’s not enough to simply take…").
 * `disputed`: the articles name different speakers for them, and the words must be plainly the same.
 */
export function sameWords(a: string[], b: string[], bothAttributed: boolean, disputed = false): boolean {
  const shorter = Math.min(a.length, b.length);
  // Two speakers may well say the same few words ("we are deeply saddened"): no dispute on those.
  if (disputed && shorter < MIN_WORDS_UNATTRIBUTED) return false;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return a.length > 0;
  if (shorter < (bothAttributed ? MIN_WORDS : MIN_WORDS_UNATTRIBUTED)) return false;
  return lcsLength(a, b) >= (disputed ? MIN_SHARE_DISPUTED : MIN_SHARE) * shorter;
}
