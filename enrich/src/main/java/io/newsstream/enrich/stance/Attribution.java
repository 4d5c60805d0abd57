package io.newsstream.enrich.stance;

/**
 * A speech verb (or "according to") and the speaker it attributes a stretch of a sentence to.
 *
 * @param trigger the verb's token
 * @param anchor where the speaker's stretch starts (the subject)
 * @param ownsPreceding whether what comes before the subject is the speaker's too ("..., Sybiha said")
 */
record Attribution(int trigger, int anchor, Speaker speaker, boolean ownsPreceding) {
}
