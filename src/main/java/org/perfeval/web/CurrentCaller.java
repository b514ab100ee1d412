package org.perfeval.web;

import jakarta.enterprise.context.RequestScoped;
import org.perfeval.security.Caller;

/** The caller of the current request, set by the authentication filter. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return caller;
    }
}
