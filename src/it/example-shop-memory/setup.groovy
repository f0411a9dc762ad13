// The database is a file in target/, named in the pom.
return true
