// intent: tests: every customer's stored classes, by dimension property
MATCH (c:Customer)
RETURN c.id AS id, c {.valueTier, .rfmSegment, .lifecycle, .behaviour, .breadth, .channelClass, .discountSeeking, .newProductSeeking} AS classes
