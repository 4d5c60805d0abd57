package io.newsstream.lab.devset;

import java.util.List;

/** The scores of one run over a development set, as the evaluate commands print them. */
public interface DevSetReport {

    /** The scores, one per line. */
    String report();

    /** Every disagreement with the gold labels, one line each. */
    List<String> misses();
}
