package org.cjengage.core.feedback;

/** One answer of a response: a score, a text or a community code, by question kind. */
public record Answer(String questionCode, Integer score, String text, String choiceCode) {
}
