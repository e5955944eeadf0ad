// The segments of these chains, in chain order.
MATCH (s:Segment) WHERE s.chainId IN $chainIds
RETURN s.id AS id, s.name AS name, s.stage AS stage, s.order AS order, s.chainId AS chainId
ORDER BY s.chainId, s.order, s.id
