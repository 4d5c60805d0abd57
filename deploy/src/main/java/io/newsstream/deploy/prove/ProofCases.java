package io.newsstream.deploy.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every case of the proof suite, in the order a full run takes them. */
public final class ProofCases {

    private ProofCases() {
    }

    /** Every case; the separate-process ones share the pipeline held by {@code shared}. */
    public static List<ProofCase> all(SplitFaultCase.Shared shared) {
        List<ProofCase> cases = new ArrayList<>(List.of(
                LocalModeCase.load(),
                LocalModeCase.killDuringIngest(),
                LocalModeCase.killDuringBacklog()));
        cases.addAll(SplitFaultCase.all(shared));
        cases.add(new SseReadersCase(shared));
        cases.add(HostileCase.requests(shared));
        cases.add(HostileCase.articles(shared));
        return cases;
    }

    /** The cases named in {@code names} (in the suite's order), or all when empty. */
    public static List<ProofCase> select(List<String> names, SplitFaultCase.Shared shared) {
        List<ProofCase> all = all(shared);
        if (names.isEmpty()) {
            return all;
        }
        Map<String, ProofCase> byName = new LinkedHashMap<>();
        all.forEach(c -> byName.put(c.name(), c));
        List<String> unknown = new ArrayList<>(names);
        unknown.removeAll(byName.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown case(s) " + unknown + "; the cases are " + byName.keySet());
        }
        return all.stream().filter(c -> names.contains(c.name())).toList();
    }
}
