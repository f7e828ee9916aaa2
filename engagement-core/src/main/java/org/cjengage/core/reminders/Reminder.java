package org.cjengage.core.reminders;

/** One thing that needs a person's attention: the sentence, and the application path that deals with it. */
public record Reminder(String partnership, String text, String path) {
}
