package com.clientele.crosssell;

import com.clientele.customer.Customer;

/** One customer's profile and cross-sell evidence, read by one query (the look-ahead of {@code customer(id)}). */
record ProfiledEvidence(Customer customer, CustomerEvidence evidence) {
}
