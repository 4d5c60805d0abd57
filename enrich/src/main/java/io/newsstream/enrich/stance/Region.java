package io.newsstream.enrich.stance;

/**
 * Tokens {@code [from, to)} of one sentence that speak for one speaker.
 *
 * @param quoted whether the tokens are a direct quote
 */
record Region(int sentence, int from, int to, Speaker speaker, boolean quoted) {
}
