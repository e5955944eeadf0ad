// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/enterprise-years.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:EnterpriseYear {creditCode: row.creditCode, year: toInteger(row.year)})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {creditCode: n.creditCode, year: n.year, revenue: n.revenue, rdSpend: n.rdSpend,
       aboveScale: n.aboveScale, srdiLevel: n.srdiLevel, highValuePatents: n.highValuePatents, smartFactory: n.smartFactory,
       digitalTransformation: n.digitalTransformation, greenList: n.greenList, greenDiagnosis: n.greenDiagnosis} END AS before
