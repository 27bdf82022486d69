package com.clientele.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rejects an order placed (in UTC) on a day before its customer's sign-up date. */
final class SignupCheck implements RowCheck {

    private final ReferenceCheck customers;

    SignupCheck(ReferenceCheck customers) {
        this.customers = customers;
    }

    @Override
    public Optional<RowProblem> problem(Map<String, Object> row) {
        List<Reference> references = OrdersTable.customer(row);
        if (references.isEmpty()) {
            return Optional.empty();
        }
        Reference customer = references.get(0);
        Object signupDate = customers.properties(customer).get("signupDate");
        @SuppressWarnings("unchecked")
        Object ordered = ((Map<String, Object>) row.get("properties")).get("orderedAt");
        if (!(signupDate instanceof LocalDate signedUp) || !(ordered instanceof ZonedDateTime orderedAt)) {
            return Optional.empty();
        }
        if (!orderedAt.toLocalDate().isBefore(signedUp)) {
            return Optional.empty();
        }
        return Optional.of(new RowProblem("ordered_at", ProblemCode.ORDER_BEFORE_SIGNUP, "order placed on "
                + orderedAt.toLocalDate() + ", before customer '" + customer.id() + "' signed up on " + signedUp));
    }

    @Override
    public void accepted(Map<String, Object> row) {
        // nothing to remember: sign-up dates do not change within an import of orders
    }
}
