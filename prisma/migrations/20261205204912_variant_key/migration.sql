-- AlterTable
ALTER TABLE "EmissionLine" ADD COLUMN     "variantKey" TEXT;

-- Backfill: the key lib/activity/variant-key.ts writes, rebuilt from what the rows store (the activity's
-- options and region, the line's unit, contrails and resolution rule) and the activity types' option
-- defaults as of this migration (emission-factors/mappings/activity-types.json). Flights: band from the
-- one-way leg km over the ADEME edges (0, 500, 1000, 2000, 5000), default seat class 101-220 up to 5000 km.
-- A chosen factor (rule custom or selected) records only the spend purpose and the freight direction,
-- as the engine does. The next recalculation of an open period rewrites the key from the engine itself.
WITH defaults(type_id, fuel, network, country, treatment, purpose, ratio_category, direction, spend) AS (VALUES
  ('energy.district_heating', NULL, 'other', NULL, NULL, NULL, NULL, NULL, false),
  ('energy.district_cooling', NULL, 'other', NULL, NULL, NULL, NULL, NULL, false),
  ('vehicle.owned.car', 'average', NULL, NULL, NULL, NULL, NULL, NULL, false),
  ('travel.car', 'average', NULL, NULL, NULL, NULL, NULL, NULL, false),
  ('travel.hotel', NULL, NULL, 'FR', NULL, NULL, NULL, NULL, false),
  ('commuting.car', 'average', NULL, NULL, NULL, NULL, NULL, NULL, false),
  ('spend.ratio', NULL, NULL, NULL, NULL, NULL, NULL, NULL, true),
  ('spend.it_services', NULL, NULL, NULL, NULL, 'purchased_services', 'it_services', NULL, true),
  ('spend.consulting', NULL, NULL, NULL, NULL, 'purchased_services', 'legal_accounting_consulting', NULL, true),
  ('spend.hotels_restaurants', NULL, NULL, NULL, NULL, 'business_travel', 'hotels_restaurants', NULL, true),
  ('spend.telecoms', NULL, NULL, NULL, NULL, 'purchased_services', 'telecoms', NULL, true),
  ('spend.it_hardware', NULL, NULL, NULL, NULL, 'capital_goods', 'it_hardware', NULL, true),
  ('spend.air_transport', NULL, NULL, NULL, NULL, 'business_travel', 'air_transport', NULL, true),
  ('spend.land_transport', NULL, NULL, NULL, NULL, 'business_travel', 'land_transport', NULL, true),
  ('spend.freight_transport', NULL, NULL, NULL, NULL, 'freight_inbound', 'land_transport', NULL, true),
  ('freight.road.van', 'diesel', NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.rigid_3_5_7_5t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.rigid_7_5_12t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.rigid_12_20t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.rigid_20_26t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.rigid_26_32t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.articulated_under_34t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.articulated_34_40t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.road.articulated_40_44t', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.rail', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.sea.container', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.sea.container_reefer', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.inland_waterway', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('freight.air', NULL, NULL, NULL, NULL, NULL, NULL, 'inbound', false),
  ('waste.residual', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.paper_cardboard', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.glass', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.plastics', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.weee', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.organic', NULL, NULL, NULL, 'composting', NULL, NULL, NULL, false),
  ('waste.aluminium', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.ferrous_metals', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.wood', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.batteries', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.textiles', NULL, NULL, NULL, 'average', NULL, NULL, NULL, false),
  ('waste.hazardous', NULL, NULL, NULL, 'incineration', NULL, NULL, NULL, false)
),
keyed AS (
  SELECT e."id",
    e."resolutionRule" IN ('custom', 'selected') AS chosen,
    e."activityTypeId" = 'travel.plane' AS flight,
    (a."options" ->> 'legKm')::float8 AS leg_km,
    COALESCE(d.spend, false) AS spend,
    e."factorUnit" AS unit, e."contrailsIncluded" AS contrails,
    COALESCE(a."options" ->> 'fuel', d.fuel) AS fuel,
    COALESCE(a."options" ->> 'network', d.network) AS network,
    CASE WHEN d.country IS NOT NULL THEN COALESCE(a."options" ->> 'country',
      CASE WHEN a."region" ~ '^[A-Z]{2}$' AND a."region" <> 'EU' THEN a."region" END, d.country) END AS country,
    COALESCE(a."options" ->> 'treatment', d.treatment) AS treatment,
    COALESCE(a."options" ->> 'purpose', d.purpose) AS purpose,
    COALESCE(a."options" ->> 'ratioCategory', d.ratio_category) AS ratio_category,
    COALESCE(a."options" ->> 'direction', d.direction) AS direction,
    a."options" ->> 'seatClass' AS seat_class
  FROM "EmissionLine" e
  JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = e."organizationId"
  LEFT JOIN defaults d ON d.type_id = e."activityTypeId"
)
UPDATE "EmissionLine" e
SET "variantKey" = concat_ws(';',
  'unit=' || k.unit,
  CASE WHEN k.flight AND NOT k.chosen AND k.leg_km IS NOT NULL THEN 'band=' || CASE
    WHEN k.leg_km <= 500 THEN '0-500' WHEN k.leg_km <= 1000 THEN '500-1000' WHEN k.leg_km <= 2000 THEN '1000-2000'
    WHEN k.leg_km <= 5000 THEN '2000-5000' ELSE '5000-max' END END,
  CASE WHEN k.flight AND NOT k.chosen THEN 'contrails=' || k.contrails::text END,
  CASE WHEN NOT k.chosen THEN 'country=' || k.country END,
  'direction=' || k.direction,
  CASE WHEN NOT k.chosen THEN 'fuel=' || k.fuel END,
  CASE WHEN NOT k.chosen THEN 'network=' || k.network END,
  CASE WHEN k.spend THEN 'purpose=' || k.purpose END,
  CASE WHEN k.spend AND NOT k.chosen THEN 'ratioCategory=' || k.ratio_category END,
  CASE WHEN k.flight AND NOT k.chosen AND k.leg_km IS NOT NULL THEN 'seatClass=' ||
    COALESCE(k.seat_class, CASE WHEN k.leg_km <= 5000 THEN '101_220' ELSE 'over_220' END) END,
  CASE WHEN NOT k.chosen THEN 'treatment=' || k.treatment END)
FROM keyed k
WHERE k."id" = e."id";
