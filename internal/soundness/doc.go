// Package soundness holds errcodelint's reliability tests; it has no
// non-test code besides this comment.
//
//   - Fix soundness (soundness_test.go): every testdata package (discovered,
//     not listed; exclusions are explicit, with their reasons) and a
//     generated benchmark module get every suggested fix applied by the real
//     errcodelint command with -fix; the result must build, no fixable
//     use-constant or malformed-code finding may remain, and a second -fix
//     must leave every file byte-identical.
//   - No false positives and no panic on real code (std_test.go): the
//     analyzer over a slice of the standard library reports nothing.
//     scripts/stdcheck.sh does the same for all of std and golang.org/x/tools.
//   - Parallel safety (parallel_test.go): the checker runs packages and
//     analyzer instances concurrently; under -race the results must equal
//     a sequential run's.
package soundness
