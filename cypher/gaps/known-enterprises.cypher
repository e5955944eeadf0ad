// Which of $codes are known enterprises (credit codes as stored).
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
RETURN e.creditCode AS creditCode
