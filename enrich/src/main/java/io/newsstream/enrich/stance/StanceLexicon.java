package io.newsstream.enrich.stance;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The phrases stance detection looks for, compiled once: the targets' terms and context, and all cues. */
final class StanceLexicon {

    /** A target's term, context or exclusion phrase. */
    record Term(int target, Kind kind) {
        enum Kind { TERM, CONTEXT, EXCLUDE }

        boolean context() {
            return kind == Kind.CONTEXT;
        }
    }

    static final String GENERAL_CUES = "cues.tsv";

    private final List<StanceTarget> targets;
    private final PhraseMatcher<Term> terms = new PhraseMatcher<>();
    private final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
    private final KnownWords knownWords;

    StanceLexicon(List<StanceTarget> targets, List<DataLine> generalCues) {
        this.targets = List.copyOf(targets);
        for (DataLine line : generalCues) {
            List<String> fields = line.fields(2, 2);
            Cue.Kind kind;
            try {
                kind = Cue.Kind.valueOf(fields.get(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("kind must be FAVOR, AGAINST, URGE or IGNORE, found '" + fields.get(0) + "'");
            }
            if (kind.isAction()) {
                throw line.error("actions (MORE, LESS) belong to a target, not to the general cues");
            }
            cues.add(fields.get(1), new Cue(kind, -1));
        }
        for (int t = 0; t < targets.size(); t++) {
            StanceTarget target = targets.get(t);
            int index = t;
            target.terms().forEach(phrase -> terms.add(phrase, new Term(index, Term.Kind.TERM)));
            target.context().forEach(phrase -> terms.add(phrase, new Term(index, Term.Kind.CONTEXT)));
            target.exclude().forEach(phrase -> terms.add(phrase, new Term(index, Term.Kind.EXCLUDE)));
            target.favor().forEach(phrase -> cues.add(phrase, new Cue(Cue.Kind.FAVOR, index)));
            target.against().forEach(phrase -> cues.add(phrase, new Cue(Cue.Kind.AGAINST, index)));
            target.more().forEach(phrase -> cues.add(phrase, new Cue(Cue.Kind.MORE, index)));
            target.less().forEach(phrase -> cues.add(phrase, new Cue(Cue.Kind.LESS, index)));
        }
        Set<String> words = new HashSet<>(terms.wholeWords());
        words.addAll(cues.wholeWords());
        words.addAll(SpeechLexicon.bundled().words());
        this.knownWords = new KnownWords(words);
    }

    static StanceLexicon of(List<StanceTarget> targets) {
        return new StanceLexicon(targets, DataFile.readResource(StanceLexicon.class, GENERAL_CUES));
    }

    List<StanceTarget> targets() {
        return targets;
    }

    PhraseMatcher<Term> terms() {
        return terms;
    }

    /** The words of every phrase and of the speech lexicon, which tokens share rather than allocate. */
    KnownWords knownWords() {
        return knownWords;
    }

    PhraseMatcher<Cue> cues() {
        return cues;
    }
}
