package com.clientele.strategy;

import java.util.List;

/** The playbook file cannot be used; the message names every broken entry and what is wrong with it. */
public final class PlaybookException extends IllegalStateException {

    public PlaybookException(String source, List<String> problems) {
        super(source + " is not a valid strategy playbook:\n  - " + String.join("\n  - ", problems));
    }
}
