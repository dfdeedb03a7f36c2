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
// It reports diagnostics in these categories:
//
//   - unknown-code: the code is not in the catalog; the message names the
//     nearest documented codes and the family's spelling.
//   - malformed-code: a documented code written with another letter case,
//     the other separator or surrounding spaces; the fix rewrites it.
//   - status-mismatch: the code is tied to an HTTP status that none of its
//     rows documents. Ties: the other conjuncts of its && condition, an
//     enclosing if or switch on a status of the same error value, an
//     earlier guard "if status != N { return }" in the same block, a status
//     field of the same struct literal, or a helper configured with
//     -status-funcs. Codes documented without a status never mismatch.
//   - ambiguous-code: the code is documented with several statuses and the
//     site ties none of them.
//   - repeated-code: the same code twice in one || chain, literal, case list
//     or argument list.
//   - use-constant: a raw literal of a documented code; the fix replaces it
//     with a constant (a user constant of the same value in scope, else the
//     untyped constant of the constants package, adding the import under a
//     name that no literal of the file sees declared). The fix is offered
//     only where it compiles (never with a constant declared in a _test.go
//     file for a literal outside one); otherwise the message says why.
//
// The analyzer declares no fact types: constants declared in other packages
// are seen through export data, so the standalone driver does not have to
// type-check dependencies from source. A driver that analyzes each package
// both with and without its internal tests may set
// Config.SkipNonTestFilesInTestVariants, as the errcodelint command does, so
// that each non-test file is checked once.
//
// Flags: -catalog, -status-funcs, -checks, -constants-pkg, -prose.
// Suppress a finding with //nolint:errcodelint or
// //errcodelint:ignore <category> <reason> on the line or the line before.
package analyzer
