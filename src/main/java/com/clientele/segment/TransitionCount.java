package com.clientele.segment;

/** How many customers moved from one class to another; {@code fromClass} is null for newly classified customers. */
public record TransitionCount(String fromClass, String toClass, int customers) {
}
