package org.eden.portail.trace;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/**
 * Where the current action comes from: the client's IP and the HTTP session, filled in by the web
 * module's filter at the start of each request. Without an HTTP request (timers, the end of a
 * session by timeout, in-container tests) nothing is filled in and the trace says so (null IP).
 * The session id is read when the trace is written, not when the request starts: a login changes it.
 */
@RequestScoped
public class ContexteAction {

    private String ip;
    private Supplier<String> sessionId = () -> null;

    public void renseigner(String ip, Supplier<String> sessionId) {
        this.ip = ip;
        this.sessionId = sessionId;
    }

    public String ip() {
        return ip;
    }

    /** SHA-256 of the current session id, or null without a session. */
    public String sessionHash() {
        String id = sessionId.get();
        return id == null ? null : Trace.sha256(id);
    }
}
