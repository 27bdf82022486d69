package com.clientele.clv;

/** How likely a customer is to have stopped buying, from BG/NBD's probability that they are still alive. */
public enum ChurnRisk {
    LOW,
    MEDIUM,
    HIGH
}
