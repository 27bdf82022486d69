// intent: one page of the products matching the filter (a category matches its whole subtree), in the requested order, with the number of all matches
MATCH (p:Product)
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(cat:Category)
WITH p, cat
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($merchandise IS NULL OR coalesce(p.merchandise, true) = $merchandise)
  AND ($active IS NULL OR coalesce(p.active, true) = $active)
  AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
  AND ($categoryIds IS NULL OR EXISTS { (cat)-[:SUBCATEGORY_OF*0..]->(anc:Category) WHERE anc.id IN $categoryIds })
WITH p, cat, CASE $sortField WHEN 'NAME' THEN p.name WHEN 'PRICE' THEN p.price WHEN 'LAUNCH_DATE' THEN p.launchDate ELSE p.id END AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN p.id END DESC, CASE WHEN NOT $descending THEN key END ASC, p.id ASC
WITH collect(p {.*, categoryId: cat.id}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $limit)] AS products
