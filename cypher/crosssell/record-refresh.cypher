// intent: record when the cross-sell model was refreshed, from how much data, and how long it took
MERGE (m:CrossSellModel {name: 'current'})
SET m.version = $version, m.refreshedAt = datetime($refreshedAt), m.baskets = $baskets, m.products = $products, m.links = $links, m.readMillis = $readMillis, m.buildMillis = $buildMillis, m.writeMillis = $writeMillis
