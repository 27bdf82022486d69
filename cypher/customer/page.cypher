// intent: one page of the customers matching the profile filter, in the requested order, with the number of all matches
MATCH (c:Customer)
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($genders IS NULL OR c.gender IN $genders)
  AND ($birthYearRanges IS NULL OR any(r IN $birthYearRanges WHERE c.birthYear >= r[0] AND c.birthYear <= r[1]))
  AND ($incomeBands IS NULL OR c.incomeBand IN $incomeBands)
  AND ($occupations IS NULL OR c.occupation IN $occupations)
  AND ($regions IS NULL OR c.regionId IN $regions OR c.region IN $regions)
  AND ($cities IS NULL OR c.cityId IN $cities OR c.city IN $cities)
  AND ($countries IS NULL OR c.country IN $countries)
  AND ($preferredChannels IS NULL OR c.preferredChannel IN $preferredChannels)
  AND ($signedUpFrom IS NULL OR c.signupDate >= $signedUpFrom)
  AND ($signedUpTo IS NULL OR c.signupDate <= $signedUpTo)
  AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
WITH c, CASE $sortField WHEN 'NAME' THEN c.name WHEN 'SIGNUP_DATE' THEN c.signupDate WHEN 'BIRTH_YEAR' THEN c.birthYear ELSE c.id END AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN c.id END DESC, CASE WHEN NOT $descending THEN key END ASC, c.id ASC
WITH collect(c) AS matches
RETURN size(matches) AS total, [m IN matches[$offset..($offset + $limit)] | m {.*}] AS customers
