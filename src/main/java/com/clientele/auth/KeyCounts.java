package com.clientele.auth;

/** How many API keys a store ever had (revoked keys are kept, never deleted) and how many of them are active. */
public record KeyCounts(long everCreated, long active) {

    /** True once any key was created: from then on no request is anonymous, whatever the number of active keys. */
    public boolean keysEverExisted() {
        return everCreated > 0;
    }
}
