package org.cjengage.core.testsupport;

import org.springframework.web.context.request.RequestAttributes;

/** The attributes of one request, as a web request has them (no servlet container in this module's tests). */
public final class OneRequest implements RequestAttributes {
    private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

    @Override
    public Object getAttribute(String name, int scope) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value, int scope) {
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name, int scope) {
        attributes.remove(name);
    }

    @Override
    public String[] getAttributeNames(int scope) {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void registerDestructionCallback(String name, Runnable callback, int scope) {
    }

    @Override
    public Object resolveReference(String key) {
        return null;
    }

    @Override
    public String getSessionId() {
        return "one-request";
    }

    @Override
    public Object getSessionMutex() {
        return this;
    }
}
