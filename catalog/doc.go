// Package catalog is errcodelint's catalog of documented Huawei Cloud error
// codes: data plus lookups, usable at run time by services too. It imports
// nothing from golang.org/x/tools.
//
// # Data model
//
// An Entry is one documented row of a vendor error-code page: Code (as the
// vendor spells it, for example "ModelArts.0204"), HTTP Status (0 where the
// page documents none, as on the OCR page), English Message (the error_msg),
// Chinese Description, Remedy, Service, Source page, Module (where the page
// has a module column) and the Line of the row in its page. Rows are never
// merged: ModelArts.0204 is documented as 400 and as 401, ModelArts.0104
// with sixteen messages, and codes repeat across pages; every row is kept,
// in page order. A code is ambiguous when it is documented with several
// distinct HTTP statuses (Ambiguous, Statuses).
//
// The built-in catalog (Default) is generated from the vendor's pages in
// source/, copied byte-identical: modelarts.md (ModelArts, 887 rows),
// maas.md (MaaS, 49 rows), ocr.md (OCR, 39 rows) and optverse.md (OptVerse,
// 72 rows). Load merges user catalog files with it; ParsePage and Parse read
// one page (Markdown or HTML tables, or JSON in the export format) and
// report anything they do not understand as a *ParseError naming the file
// and line.
//
// # Families
//
// A family is a set of codes sharing a prefix and a separator followed by
// digits: ModelArts.NNNN..NNNNNNNN, AIS.NNNN, APIG.NNNN,
// OptVerse_NNNNNNNN..NNNNNNNNNN and JOB_MANAGER_NNNNNNNN. Families are
// derived from the documented codes (Families, FamilyOf). A string is only
// ever treated as an error code when it has the shape of a known family;
// Canonical maps spellings that differ in case, separator or surrounding
// spaces to the documented one, and Nearest suggests documented codes of
// the string's own family (of any family when it has none).
//
// A family's own page owns it (Owners): only then is a code of the family
// that the catalog does not list unknown. The built-in pages own ModelArts,
// AIS, OptVerse and JOB_MANAGER; the OCR page's APIG codes are the gateway
// codes OCR passes through, so no built-in page owns APIG. A user page owns
// the families it documents unless a line of it says otherwise
// ("errcodelint: owns none").
//
// # Constants and their names
//
// Every distinct code has an untyped constant in package
// github.com/errcodelint/errcodelint/codes (const ModelArts0204 =
// "ModelArts.0204"), documented with its statuses and messages; being
// untyped, it fits a Code as well as a string (e.Code ==
// codes.ModelArts0204). ConstName gives the name: the Go name of the
// family followed by the code's digits verbatim. The family's Go name is
// the prefix itself when it has no '_' (ModelArts, AIS, APIG, OptVerse) and
// else its '_'-separated words title-cased and joined (JOB_MANAGER ->
// JobManager); when that ends in a digit, '_' separates it from the code's
// digits. Keeping the digits verbatim keeps leading zeros and digit counts
// apart (ModelArts.0204 -> ModelArts0204, ModelArts.81001 -> ModelArts81001,
// OptVerse_1212080002 -> OptVerse1212080002, JOB_MANAGER_12000001 ->
// JobManager12000001, AIS.0101 -> AIS0101, APIG.0301 -> APIG0301). The
// generator fails on any collision.
//
// # Regeneration
//
// After changing a page in source/ or the parser, run
//
//	go generate ./catalog
//
// which runs gen.go: it parses the pages, runs the checks New runs (so
// that Default cannot fail), fails with page:line and the reason on
// anything it does not understand or would reject, and, once every file
// has rendered, rewrites zentries.go, ../codes/zcodes.go and
// ../docs/catalog.md. The output is byte-deterministic; CI fails when
// `go generate ./...` changes a file.
package catalog
