package org.cjengage.core.common;

import java.util.Arrays;

/**
 * A refusal the user should read: carries a message-bundle key and its arguments, never a stack trace.
 * The UI translates {@link #messageKey()}; {@link #getMessage()} is the key with arguments, for logs.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
