package io.newsstream.deploy.prove;

/** One scenario of the proof suite: it runs a pipeline through a fault and books what came out. */
public interface ProofCase {

    /** The name on the command line ({@code --cases}) and in the table. */
    String name();

    /** One line for {@code --help} and the progress log. */
    String description();

    /**
     * Runs the case within {@link CaseContext#deadlineNanos()}. A failing pipeline is a result, not an exception,
     * except a {@link PipelineUnderProof.NotReadyException} when it does not even start (the run reports it).
     */
    CaseResult run(CaseContext context) throws Exception;
}
