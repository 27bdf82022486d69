// intent: each buyer's BTYD history as of the calibration end: same-day orders merged into one transaction day; x = days - 1, tx and T in the unit, mean spend of the repeat days
MATCH (c:Customer)-[:PLACED]->(o:Order)
WITH c, date(o.orderedAt) AS day, coalesce(o.total, 0.0) AS total
WHERE day <= $calibrationEnd
WITH c, day, sum(total) AS spend
ORDER BY c.id, day
WITH c, collect(day) AS days, collect(spend) AS spends
WITH c, days, spends, size(days) - 1 AS x
RETURN c.id AS id, x,
  duration.inDays(days[0], days[x]).days / $daysPerUnit AS tx,
  duration.inDays(days[0], $calibrationEnd).days / $daysPerUnit AS T,
  CASE WHEN x > 0 THEN reduce(sum = 0.0, value IN spends[1..] | sum + value) / x END AS meanRepeatSpend
