// intent: the stored metrics and classes (with churn risk and influence class) of the given customers; customers not classified yet are absent
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE c.classifiedBy IS NOT NULL
RETURN c {.id, .valueTier, .rfmSegment, .lifecycle, .behaviour, .breadth, .channelClass, .recencyScore, .frequencyScore, .monetaryScore, .orderCount, .monetary, .averageOrderValue, .firstOrderDate, .lastOrderDate, .recencyDays, .tenureDays, .meanGapDays, .gapCv, .recentOrders, .previousOrders, .recentSpend, .previousSpend, .distinctCategories, .breadthScore, .onlineShare, .discountShare, .newProductShare, .favouriteCategoryId, .discountSeeking, .newProductSeeking, .classifiedAsOf, .classifiedBy, .churnRisk, .influenceClass} AS customer
