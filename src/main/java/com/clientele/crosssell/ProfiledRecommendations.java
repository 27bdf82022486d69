package com.clientele.crosssell;

import com.clientele.customer.Customer;
import java.util.List;
import java.util.Map;

/** One customer's profile and recommendations for each of the requests asked in one response. */
record ProfiledRecommendations(Customer customer, Map<CrossSellRequest, List<Recommendation>> byRequest) {
}
