package io.newsstream.enrich.stance;

/**
 * A phrase that shows a position, from {@code cues.tsv} (every target) or a target's own lists.
 *
 * @param target index of the target it belongs to, or -1 for a general cue
 */
record Cue(Kind kind, int target) {

    enum Kind {
        /** States support by itself. */
        FAVOR(1),
        /** States opposition by itself. */
        AGAINST(-1),
        /** Advocates what follows; no position alone. */
        URGE(1),
        /** An action that advances the target. */
        MORE(1),
        /** An action that weakens or ends the target. */
        LESS(-1),
        /** Looks like a cue but is none ("held back", "back home"): blocks the shorter cue inside it. */
        IGNORE(0);

        final int sign;

        Kind(int sign) {
            this.sign = sign;
        }

        boolean isAction() {
            return this == MORE || this == LESS;
        }
    }

    boolean appliesTo(int targetIndex) {
        return target < 0 || target == targetIndex;
    }
}
