package org.cjengage.core.feedback;

/** The public feedback link of one activity; {@code open == false} once a lead closes it. */
public record FeedbackLink(long activityId, long partnershipId, String token, boolean open, String questionnaireId,
                           String questionnaireVersion, int version) {
}
