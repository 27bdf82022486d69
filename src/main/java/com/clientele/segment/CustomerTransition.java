package com.clientele.segment;

import com.clientele.customer.Customer;

/** One customer's move between two classes of a dimension. */
public record CustomerTransition(Customer customer, String fromClass, String toClass) {
}
