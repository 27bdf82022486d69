-- Clientele's RFM rule (segmentation.yaml `rfm`, segment.Thresholds / Classifier / RfmSegment) in plain SQL:
-- buyers = customers with an order before the analysis date; recency = days from the last order's UTC day to the
-- analysis day, frequency = orders, monetary = sum of order totals; cut points = nearest-rank quintiles over buyers
-- (percentile_disc is the value at rank ceil(q x n), as segment.Quantiles); score = 1 + cut points strictly below
-- (recency reversed: 6 - score); FM = (F + M + 1) / 2; segment from the R x FM grid; prospects NO_PURCHASE.
-- :as_of_day is the analysis date in days since 1970-01-01 (UTC).
DROP TABLE IF EXISTS rfm;
CREATE TABLE rfm AS
WITH buyers AS (
  SELECT customer_id,
         (:as_of_day - max(ordered_at_epoch_seconds / 86400))::float8 AS recency,
         count(*)::float8 AS frequency,
         sum(total) AS monetary
  FROM orders
  WHERE ordered_at_epoch_seconds < :as_of_day::bigint * 86400
  GROUP BY customer_id
), cuts AS (
  SELECT percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY recency) AS r,
         percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY frequency) AS f,
         percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]) WITHIN GROUP (ORDER BY monetary) AS m
  FROM buyers
), scores AS (
  SELECT b.customer_id,
         5 - (b.recency > c.r[1])::int - (b.recency > c.r[2])::int - (b.recency > c.r[3])::int
           - (b.recency > c.r[4])::int AS r,
         1 + (b.frequency > c.f[1])::int + (b.frequency > c.f[2])::int + (b.frequency > c.f[3])::int
           + (b.frequency > c.f[4])::int AS f,
         1 + (b.monetary > c.m[1])::int + (b.monetary > c.m[2])::int + (b.monetary > c.m[3])::int
           + (b.monetary > c.m[4])::int AS m
  FROM buyers b CROSS JOIN cuts c
), grid(r, fm, segment) AS (VALUES
  (1, 1, 'LOST'), (1, 2, 'HIBERNATING'), (1, 3, 'AT_RISK'), (1, 4, 'AT_RISK'), (1, 5, 'CANT_LOSE_THEM'),
  (2, 1, 'HIBERNATING'), (2, 2, 'HIBERNATING'), (2, 3, 'AT_RISK'), (2, 4, 'AT_RISK'), (2, 5, 'CANT_LOSE_THEM'),
  (3, 1, 'ABOUT_TO_SLEEP'), (3, 2, 'ABOUT_TO_SLEEP'), (3, 3, 'NEED_ATTENTION'), (3, 4, 'LOYAL'), (3, 5, 'LOYAL'),
  (4, 1, 'PROMISING'), (4, 2, 'POTENTIAL_LOYALIST'), (4, 3, 'POTENTIAL_LOYALIST'), (4, 4, 'LOYAL'), (4, 5, 'LOYAL'),
  (5, 1, 'NEW'), (5, 2, 'POTENTIAL_LOYALIST'), (5, 3, 'POTENTIAL_LOYALIST'), (5, 4, 'CHAMPIONS'), (5, 5, 'CHAMPIONS')
)
SELECT cu.id AS customer_id, s.r, s.f, s.m, coalesce(g.segment, 'NO_PURCHASE') AS segment
FROM customers cu
LEFT JOIN scores s ON s.customer_id = cu.id
LEFT JOIN grid g ON g.r = s.r AND g.fm = (s.f + s.m + 1) / 2;
