// intent: delete the popular-product lists of groups that no longer exist in this refresh version
MATCH (g:PopularItems)
WHERE g.version <> $version
DETACH DELETE g
