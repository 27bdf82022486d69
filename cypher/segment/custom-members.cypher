// intent: one page of the customers matching a custom segment filter, in the requested order, with the number of all matches
MATCH (c:Customer)
WHERE ($valueTiers IS NULL OR c.valueTier IN $valueTiers)
  AND ($rfmSegments IS NULL OR c.rfmSegment IN $rfmSegments)
  AND ($lifecycles IS NULL OR c.lifecycle IN $lifecycles)
  AND ($behaviours IS NULL OR c.behaviour IN $behaviours)
  AND ($breadths IS NULL OR c.breadth IN $breadths)
  AND ($channels IS NULL OR c.channelClass IN $channels)
  AND ($regions IS NULL OR c.regionId IN $regions OR c.region IN $regions)
  AND ($cities IS NULL OR c.cityId IN $cities OR c.city IN $cities)
  AND ($birthYearRanges IS NULL OR any(r IN $birthYearRanges WHERE c.birthYear >= r[0] AND c.birthYear <= r[1]))
  AND ($genders IS NULL OR c.gender IN $genders)
  AND ($incomeBands IS NULL OR c.incomeBand IN $incomeBands)
  AND ($discountSeeking IS NULL OR c.discountSeeking = $discountSeeking)
  AND ($newProductSeeking IS NULL OR c.newProductSeeking = $newProductSeeking)
  AND ($minBreadthScore IS NULL OR c.breadthScore >= $minBreadthScore)
  AND ($maxBreadthScore IS NULL OR c.breadthScore <= $maxBreadthScore)
  AND ($favouriteCategoryIds IS NULL OR c.favouriteCategoryId IN $favouriteCategoryIds)
  AND ($minMonetary IS NULL OR c.monetary >= $minMonetary)
  AND ($maxMonetary IS NULL OR c.monetary <= $maxMonetary)
  AND ($minOrders IS NULL OR c.orderCount >= $minOrders)
  AND ($maxOrders IS NULL OR c.orderCount <= $maxOrders)
  AND ($minRecencyDays IS NULL OR c.recencyDays >= $minRecencyDays)
  AND ($maxRecencyDays IS NULL OR c.recencyDays <= $maxRecencyDays)
WITH c, CASE $sortField WHEN 'MONETARY' THEN c.monetary WHEN 'RECENCY' THEN c.recencyDays WHEN 'FREQUENCY' THEN c.orderCount WHEN 'CLV' THEN c.predictedClv WHEN 'NAME' THEN c.name ELSE c.id END AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN c.id END DESC, CASE WHEN NOT $descending THEN key END ASC, c.id ASC
WITH collect(c) AS matches
RETURN size(matches) AS total, [m IN matches[$offset..($offset + $limit)] | m {.*}] AS customers
