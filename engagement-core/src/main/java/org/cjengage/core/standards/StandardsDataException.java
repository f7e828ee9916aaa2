package org.cjengage.core.standards;

/**
 * A standards file is missing, unreadable or invalid. The message names the file and the field,
 * e.g. {@code standards/national-standards.yaml: elements[2].indicators[0].code is missing}.
 */
public class StandardsDataException extends RuntimeException {

    public StandardsDataException(String message) {
        super(message);
    }

    public StandardsDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
