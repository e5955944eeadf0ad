// The supply link with this key as it is now (for the audit log's before image); no row when there is none.
MATCH (:Enterprise {creditCode: $supplierCode})-[r:SUPPLIES {segmentId: $segmentId, year: toInteger($year)}]->(:Enterprise {creditCode: $buyerCode})
RETURN r.annualValue AS annualValue, r.product AS product, r.updatedBy AS updatedBy, toString(r.updatedAt) AS updatedAt
