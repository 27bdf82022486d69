// intent: the stored metrics and classes (with churn risk, influence class and the favourite category's names) of the given customers; customers not classified yet are absent
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE c.classifiedBy IS NOT NULL
OPTIONAL MATCH (favourite:Category {id: c.favouriteCategoryId})
RETURN c {.id, .valueTier, .rfmSegment, .lifecycle, .behaviour, .breadth, .channelClass, .recencyScore, .frequencyScore, .monetaryScore, .orderCount, .monetary, .averageOrderValue, .firstOrderDate, .lastOrderDate, .recencyDays, .tenureDays, .meanGapDays, .gapCv, .recentOrders, .previousOrders, .recentSpend, .previousSpend, .distinctCategories, .breadthScore, .onlineShare, .discountShare, .newProductShare, .favouriteCategoryId, .discountSeeking, .newProductSeeking, .classifiedAsOf, .classifiedBy, .churnRisk, .influenceClass, favouriteCategoryName: favourite.name, favouriteCategoryNameZh: favourite.nameZh} AS customer
