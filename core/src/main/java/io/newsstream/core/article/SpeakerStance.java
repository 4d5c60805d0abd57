package io.newsstream.core.article;

/**
 * The stance of one quoted speaker toward a target.
 *
 * @param entity the speaker's canonical name
 * @param evidence the sentence that shows it
 */
public record SpeakerStance(String entity, StanceLabel label, String evidence) {
}
