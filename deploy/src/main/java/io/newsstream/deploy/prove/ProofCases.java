package io.newsstream.deploy.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every case of the proof suite, in the order a full run takes them. */
public final class ProofCases {

    /**
     * The hostile-input generators. Empty until {@code io.newsstream.deploy.prove.hostile} is merged; then, e.g.,
     * {@code Optional.of(HostileRequests::generate)} and {@code Optional.of(HostileArticles::generate)}. A case
     * without its generator is left out of the suite and {@code --cases} names it as not wired.
     */
    static final Optional<HostileInput> HOSTILE_REQUESTS = Optional.empty();
    static final Optional<HostileInput> HOSTILE_ARTICLES = Optional.empty();

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
        HOSTILE_REQUESTS.ifPresent(input -> cases.add(HostileCase.requests(input, shared)));
        HOSTILE_ARTICLES.ifPresent(input -> cases.add(HostileCase.articles(input, shared)));
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
            throw new IllegalArgumentException("unknown case(s) " + unknown + "; the cases are " + byName.keySet()
                    + (HOSTILE_REQUESTS.isEmpty() ? " (hostile-requests and hostile-articles: generators not wired yet)" : ""));
        }
        return all.stream().filter(c -> names.contains(c.name())).toList();
    }
}
