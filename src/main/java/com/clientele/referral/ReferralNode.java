package com.clientele.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * One customer in a referral cascade tree: the customer, how many levels below the root they are (the root is
 * level 0), when they were referred (null for the root) and the customers they referred, oldest first.
 */
public record ReferralNode(String customerId, int depth, LocalDate referredAt, List<ReferralNode> children) {
}
