package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.clientele.segment.PurchaseFacts.CategoryFact;
import com.clientele.segment.PurchaseFacts.OrderFact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private final MetricsCalculator calculator = new MetricsCalculator(AS_OF, 180, 10);

    private static long daysBefore(int days) {
        return AS_OF.toEpochDay() - days;
    }

    @Test
    void aProspectHasNoOrdersAndNoDates() {
        CustomerMetrics m = calculator.calculate(new PurchaseFacts("P", List.of(), List.of()));
        assertEquals(0, m.orderCount());
        assertNull(m.recencyDays());
        assertNull(m.firstOrderDate());
    }

    @Test
    void recencyTenureGapsWindowsAndSharesFollowTheirDefinitions() {
        List<OrderFact> orders = List.of(
                new OrderFact(daysBefore(400), 100, true, false),
                new OrderFact(daysBefore(300), 50, false, true),
                new OrderFact(daysBefore(200), 30, true, false),
                new OrderFact(daysBefore(100), 20, true, true),
                new OrderFact(daysBefore(100), 10, true, false));
        List<CategoryFact> categories = List.of(new CategoryFact("a", 150, 3, 1), new CategoryFact("b", 60, 2, 0));
        CustomerMetrics m = calculator.calculate(new PurchaseFacts("C", orders, categories));
        assertEquals(5, m.orderCount());
        assertEquals(210, m.monetary(), 1e-9);
        assertEquals(42, m.averageOrderValue(), 1e-9);
        assertEquals(100, m.recencyDays());
        assertEquals(400, m.tenureDays());
        assertEquals(100, m.meanGapDays(), 1e-9, "distinct days 400,300,200,100 before: gaps 100,100,100");
        assertEquals(0, m.gapCv(), 1e-9);
        assertEquals(2, m.recentOrders(), "two orders on day -100 are within the last 180 days");
        assertEquals(2, m.previousOrders(), "days -300 and -200 are in [-360, -180)");
        assertEquals(30, m.recentSpend(), 1e-9);
        assertEquals(2, m.distinctCategories());
        assertEquals(0.2, m.breadthScore(), 1e-9);
        assertEquals(0.8, m.onlineShare(), 1e-9);
        assertEquals(0.4, m.discountShare(), 1e-9);
        assertEquals(0.2, m.newProductShare(), 1e-9);
        assertEquals("a", m.favouriteCategoryId());
    }
}
