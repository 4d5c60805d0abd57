package io.newsstream.deploy.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every case of the proof suite, in the order a full run takes them. */
public final class ProofCases {

    private ProofCases() {
    }

    public static List<ProofCase> all() {
        return List.of(
                LocalModeCase.load(),
                LocalModeCase.killDuringIngest(),
                LocalModeCase.killDuringBacklog());
    }

    /** The cases named in {@code names} (in the suite's order), or all when empty. */
    public static List<ProofCase> select(List<String> names) {
        if (names.isEmpty()) {
            return all();
        }
        Map<String, ProofCase> byName = new LinkedHashMap<>();
        all().forEach(c -> byName.put(c.name(), c));
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(byName.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown case(s) " + unknown + "; the cases are " + byName.keySet());
        }
        return all().stream().filter(c -> names.contains(c.name())).toList();
    }
}
