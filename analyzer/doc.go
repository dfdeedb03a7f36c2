// Package analyzer defines errcodelint's analysis pass, which validates
// Huawei Cloud error-code string literals (ModelArts.0204, AIS.0101,
// APIG.0301, OptVerse_10000001, JOB_MANAGER_12000001) against the catalog
// generated from the vendor's error-code pages.
//
// # Analyzer errcodelint
//
// errcodelint: check Huawei Cloud error codes against the vendor's catalog
//
// A string literal is treated as an error code only when its whole value has
// the shape of a code of a family the catalog knows (a known prefix, '.' or
// '_', digits), or is a near miss of one (other letter case, the other
// separator, surrounding spaces). Strings of unknown families ("tags.1234",
// "v1.2.3", "DBS.280005") are never examined further.
//
// The pass understands the places where real client code handles codes:
// == and != against any string expression, tagged and tagless switches,
// strings.EqualFold/Contains/HasPrefix/HasSuffix, slices.Contains,
// regexp.MustCompile/Compile/MatchString, slice and map literals, variadic
// helper arguments, struct literal fields, const and var declarations, and
// uses of named constants (also those declared in other packages, whose
// values come from export data).
//
// Flags: -catalog, -status-funcs, -checks, -constants-pkg, -prose.
// Suppress a finding with //nolint:errcodelint or
// //errcodelint:ignore <check> <reason> on the line or the line before.
//
// # Checks
//
// The checks, their documentation and examples are listed by AllChecks
// (and, generated from it, in the Analyzer's Doc and the README).
//
// The analyzer declares no fact types: constants declared in other packages
// are seen through export data, so the standalone driver does not have to
// type-check dependencies from source. A driver that analyzes each package
// both with and without its internal tests may set
// Config.SkipNonTestFilesInTestVariants, as the errcodelint command does, so
// that each non-test file is checked once.
package analyzer
