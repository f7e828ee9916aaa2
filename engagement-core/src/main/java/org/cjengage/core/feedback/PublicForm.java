package org.cjengage.core.feedback;

import java.util.List;

import org.cjengage.core.standards.Term;

/** What the public form shows: whose activity, which questions, and the communities to choose from. */
public record PublicForm(String token, String partnershipName, String activityDescription, Questionnaire questions,
                         List<Term> communities) {
}
