// After an import: resample the indexes and clear the plan cache, so that the next queries are
// planned with the imported data's statistics, not with plans made on an (almost) empty database
// (a chain-gap report planned before the default data set was loaded ran for minutes).
CALL db.prepareForReplanning(120)
