// intent: the stored metrics and classes of the given customers (with the churn risk the CLV refit stored, the influence class and the favourite category's names), with how many of their orders are on or after the analysis date (not counted yet); customers not classified yet are absent
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE c.classifiedBy IS NOT NULL
OPTIONAL MATCH (favourite:Category {id: c.favouriteCategoryId})
RETURN c {.id, .valueTier, .rfmSegment, .lifecycle, .behaviour, .breadth, .channelClass, .recencyScore, .frequencyScore, .monetaryScore, .orderCount, .monetary, .averageOrderValue, .firstOrderDate, .lastOrderDate, .recencyDays, .tenureDays, .meanGapDays, .gapCv, .recentOrders, .previousOrders, .recentSpend, .previousSpend, .distinctCategories, .breadthScore, .onlineShare, .discountShare, .newProductShare, .favouriteCategoryId, .discountSeeking, .newProductSeeking, .classifiedAsOf, .classifiedBy, .churnRisk, .influenceClass, favouriteCategoryName: favourite.name, favouriteCategoryNameZh: favourite.nameZh, ordersAfterAnalysisDate: COUNT { (c)-[:PLACED]->(o:Order) WHERE o.orderedAt >= datetime({date: c.classifiedAsOf, timezone: 'Z'}) }} AS customer
