package io.newsstream.deploy.prove;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the chosen cases one after the other, each in a directory of its own and within its deadline. */
public final class ProofRun {

    private final ProveSettings settings;
    private final ProgressLog log;

    public ProofRun(ProveSettings settings, ProgressLog log) {
        this.settings = settings;
        this.log = log;
    }

    public List<CaseResult> run(List<ProofCase> cases) throws InterruptedException {
        List<CaseResult> results = new ArrayList<>();
        for (ProofCase proofCase : cases) {
            results.add(runOne(proofCase));
        }
        return results;
    }

    private CaseResult runOne(ProofCase proofCase) throws InterruptedException {
        long start = System.nanoTime();
        Path dir = settings.workDir().resolve(proofCase.name());
        log.line("%s: started: %s", proofCase.name(), proofCase.description());
        try {
            Files.createDirectories(dir);
            return proofCase.run(new CaseContext(proofCase.name(), settings, dir, log,
                    start + settings.caseTimeout().toNanos()));
        } catch (InterruptedException e) {
            throw e;
        } catch (PipelineUnderProof.NotReadyException e) {
            log.line("%s: %s", proofCase.name(), e.getMessage().lines().findFirst().orElse(""));
            return CaseResult.aborted(proofCase.name(), (System.nanoTime() - start) / 1e9, e.getMessage());
        } catch (Exception e) {
            // A failure of the harness itself still gets its row, so one broken case does not hide the others.
            log.line("%s: could not run: %s", proofCase.name(), e);
            return CaseResult.aborted(proofCase.name(), (System.nanoTime() - start) / 1e9,
                    "the case could not run: " + e);
        }
    }
}
