package analyzer

import (
	_ "embed"
	"fmt"
	"go/parser"
	"go/token"
	"slices"
	"strings"
)

// Diagnostic categories, one per check: the Name of its row in the table.
const (
	CatUnknown     = "unknown-code"
	CatMalformed   = "malformed-code"
	CatMismatch    = "status-mismatch"
	CatAmbiguous   = "ambiguous-code"
	CatRepeated    = "repeated-code"
	CatUseConstant = "use-constant"
)

// A Check documents one check. The table of checks (AllChecks) is the single
// source for the -checks flag and its validation, the diagnostics' URLs, the
// SARIF rules, the analyzer's Doc and the README's checks section.
type Check struct {
	// Name is the check's name in -checks and its diagnostics' category.
	Name string
	// Title says in one line what the check finds.
	Title string
	// Doc is one Markdown paragraph: what is reported, when, and the fix.
	Doc string
	// Bad is a statement the check reports; Good is the same statement as
	// it should be written, which no check reports. Both are the body of
	// func(se *ServiceResponseError) bool, with the SDK's error type, and
	// may use net/http, slices and the codes package.
	Bad, Good string
	// Default is whether the check runs when -checks is not given.
	Default bool
	// Fixable is whether its diagnostics may carry a suggested fix.
	Fixable bool

	// rule runs the check on one occurrence of a code, reporting what it
	// finds. Only the enabled checks' rules run.
	rule func(*passState, *occurrence)
}

// URL is the documentation link of the check's diagnostics.
func (c Check) URL() string { return docBase + c.Name }

// checks is the table of checks, in documentation order.
var checks = []Check{
	{
		Name:  CatUnknown,
		rule:  unknownRule,
		Title: "a code no catalog page documents",
		Doc: "The code has the shape of a known family's code, but no catalog page documents it. " +
			"The message names the nearest documented codes and, when the family itself is misspelled, " +
			"its spelling (`the JOB_MANAGER family is spelled JOB_MANAGER_NNNNNNNN`). " +
			"A prefix, suffix or substring of a documented code in `strings.HasPrefix`, `HasSuffix` or `Contains` is not reported, " +
			"nor a string whose prefix is written in another letter case (`\"ais_2\"` is a name, not a code). " +
			"The family's shape decides what is one of its codes: a digit count within one of the range the family's documented codes have " +
			"(`ModelArts.NNNN..NNNNNNNN`: 3 to 9 digits; `AIS.NNNN`: 3 to 5) is reported; one further off (`\"ModelArts.1\"`, `\"AIS.123456\"`, `\"OptVerse_1\"`) is not a code of the family and is not reported " +
			"(a prefix or substring matched may have fewer digits). " +
			"A constant expression (`prefix + \"9999\"`, `\"modelarts\" + \".4352\"`) is checked by the value the type checker computes, like a literal. " +
			"With `-prose`, path segments (`\"/mnt/ais_0\"`) and format strings (`\"ModelArts.0%d\"`) are not codes. " +
			"Only a family whose own page is loaded is checked: the built-in pages own `ModelArts.`, `AIS.`, `OptVerse_` and `JOB_MANAGER_`; " +
			"the OCR page lists only the four `APIG.` codes OCR passes through, so another APIG code is unknown only with the API Gateway's page loaded " +
			"(see [Adding another service's page](#adding-another-services-page)). " +
			"The message says how to record a code the service really returns in the project's catalog page (`-catalog`, or the `catalog:` key of `.errcodelint.yml`).",
		Bad:     `return se.ErrorCode == "ModelArts.0119"`,
		Good:    `return se.ErrorCode == codes.ModelArts0118`,
		Default: true,
	},
	{
		Name:  CatMalformed,
		rule:  malformedRule,
		Title: "a documented code written with another letter case, the wrong separator, or surrounding spaces",
		Doc: "The one fix rewrites the literal: with `use-constant` enabled straight to the constant " +
			"(`Use codes.JobManager12000001`), so that one `-fix` run leaves nothing to fix; " +
			"otherwise to the catalog's spelling (`Rewrite as \"JOB_MANAGER_12000001\"`, keeping the literal's quote style). " +
			"Compared through `strings.EqualFold`, `strings.ToLower` or `strings.ToUpper` (also inside `strings.TrimSpace`, or a local variable set once from one) a different letter case is not reported, " +
			"in every comparing form: `==`, a case, `strings.HasPrefix`/`HasSuffix`/`Contains`, `slices.Contains`, and the keys or elements of a map or slice looked up with such a key. " +
			"A variant next to the catalog's spelling in the same `||` chain, switch, literal or call " +
			"(`x == \"JOB_MANAGER_12000001\" || x == \"JOB_MANAGER.12000001\"`, `strings.NewReplacer(\"modelarts.4352\", \"ModelArts.4352\")`) is accepted or mapped on purpose and not reported, " +
			"and so is a variant whose guarded branch produces the catalog's spelling (`if x == \"JOB_MANAGER.12000001\" { x = \"JOB_MANAGER_12000001\" }`, a case returning it). " +
			"Surrounding spaces are reported only where the whole value is compared (`==`, a case, a map key or index, an argument of a comparing function) with an operand that is not itself built (`x+\" \" == \"ModelArts.4352 \"` is fine); " +
			"`\"ModelArts.4352 \" + detail` is text. " +
			"In regexp patterns and with `-prose` the finding has no fix.",
		Bad:     `return se.ErrorCode == "JOB_MANAGER.12000001"`,
		Good:    `return se.ErrorCode == codes.JobManager12000001`,
		Default: true,
		Fixable: true,
	},
	{
		Name:  CatMismatch,
		rule:  mismatchRule,
		Title: "a code tied to an HTTP status that none of its rows documents",
		Doc: "A code is tied to a status by: another conjunct of the same `&&` condition (`!=` ties nothing); " +
			"an enclosing `if` body or `switch` case on a status (tagged `switch se.StatusCode { case 404, 410: ... }` or tagless), function literals included; " +
			"an earlier guard in an enclosing block that leaves unless the status matches (`if se.StatusCode != 404 { return false }`, also `!= A && != B`, `if !(se.StatusCode == 404) { return false }`, and `if err != nil || se.StatusCode != 401 { return }`), unless a label that a `goto` jumps to stands between; " +
			"a status field of the same struct literal (`ServiceResponseError{StatusCode: 404, ErrorCode: \"...\"}`, also positional); " +
			"a constant argument of the same call whose parameter is an integer named like a status (`newServiceError(404, \"ModelArts.0101\")` for `func newServiceError(statusCode int, code string)`); " +
			"a call of a helper configured with `-status-funcs`; " +
			"the error's type in the gophercloud-style SDKs: a type assertion (`if e, ok := err.(golangsdk.ErrDefault409); ok`), type switch case or `errors.As(err, &e404)` target (also the guard `if !errors.As(err, &e400) { return err }`, or `err == nil || !errors.As(err, &e400)`) whose type name ends in a status ties it within its scope when the error is the SDK's (returned by a function of the type's package or below it, or a parameter); " +
			"an error that may have been converted (by a helper configured with `-status-funcs` or named like `ConvertExpected400ErrInto404Err`, or by a function of the package that calls one or holds a conversion such as `golangsdk.ErrDefault404(e400)`) " +
			"also ties the status converted from (`parsedErr := common.ConvertExpected400ErrInto404Err(err, \"error_code\", codes...)` then `parsedErr.(golangsdk.ErrDefault404)` ties 400 or 404), " +
			"and one that may come from any other call (of another package, whose errors are not known) ties nothing. " +
			"Codes kept in a variable are tied by its uses: the elements of a `[]string`, array or set-map literal, or the one code of a string variable, " +
			"whose variable is never assigned, aliased, appended to, copied into, cleared, element-assigned or address-taken, " +
			"are tied by every use that ties a status (`ConvertExpected400ErrInto404Err(err, \"error_code\", notFoundCodes...)`, `arr[:]...`, `codes[se.ErrorCode] && se.StatusCode == 404`); " +
			"the finding is at the element and names the calls (`tied to status 403 by ConvertExpected403ErrInto404Err at notebook.go:88, 120`), and a variable spread into helpers of different statuses is checked against each. " +
			"A condition ties only what it cannot hold without: `se.StatusCode == 404 || se.Retry` ties nothing, `se.StatusCode == 404 || se.StatusCode == 410` ties 404 or 410, and so does a tagless case list; " +
			"a case reached by `fallthrough` also has the statuses of the cases falling into it. " +
			"Struct fields and call arguments tie only a code that is itself the value: " +
			"`writeJSON(w, http.StatusOK, Result{Retry: se.ErrorCode == \"ModelArts.4352\"})` ties nothing. " +
			"Statuses are constant integers 100-599: literals, `net/http` constants, or your own constants. " +
			"A status is an integer-typed field, variable or no-argument method named `StatusCode`, `Status`, `HTTPStatus`, `HttpStatus`, " +
			"`HTTPStatusCode`, `HttpStatusCode`, `HTTPCode`, `ResponseCode` or `RespCode` (any letter case). " +
			"In an enclosing `if`/`switch` or a guard the status must belong to the same error value: `other.StatusCode` does not tie `se.ErrorCode`, " +
			"`se.StatusCode` does not tie `se.Cause.ErrorCode` (a nested value with a status of its own) nor, after `se = other`, `se.ErrorCode`, " +
			"and `ses[i].StatusCode` does not tie `ses[0].ErrorCode`. " +
			"Codes whose rows document no status (the OCR page: `AIS.*`, `APIG.*`) never mismatch.",
		Bad:     `return se.StatusCode == http.StatusNotFound && se.ErrorCode == codes.ModelArts4352`,
		Good:    `return se.StatusCode == http.StatusBadRequest && se.ErrorCode == codes.ModelArts4352`,
		Default: true,
	},
	{
		Name:  CatAmbiguous,
		rule:  ambiguousRule,
		Title: "a code documented with several statuses, matched where no status is tied",
		Doc: "Reported where the code is matched against a value: `==`, a `case` of a switch on the code, " +
			"`strings.EqualFold`/`HasPrefix`/`HasSuffix`/`Contains`, `slices.Contains`, a map index `m[code]`. " +
			"Building a value (struct fields, slice and map literal elements, returns, assignments, arguments of other functions) is not reported: " +
			"nothing is compared there. " +
			"A site that ties one of the documented statuses (see `status-mismatch`) is quiet. " +
			"One status with several messages (`ModelArts.81015`: three 401 rows) is not ambiguous. " +
			"Declarations (`const ErrBadToken = \"ModelArts.0204\"`, `var`, `:=`) are not reported; the uses of the constant are.",
		Bad:     `return se.ErrorCode == codes.ModelArts0204`,
		Good:    `return se.StatusCode == http.StatusUnauthorized && se.ErrorCode == codes.ModelArts0204`,
		Default: true,
	},
	{
		Name:  CatRepeated,
		rule:  repeatedRule,
		Title: "the same code twice in one || chain, slice or map literal, case list or argument list",
		Doc: "Reported on the repetition: in `||` chains (the same compared expression), " +
			"slice and map literals, switch case lists and argument lists. " +
			"Spellings of one code count as one, except where the catalog's spelling is in the group: " +
			"then the variants are there on purpose and only the same spelling twice repeats.",
		Bad:     `return slices.Contains([]string{codes.ModelArts0109, codes.OptVerse10000003, codes.ModelArts0109}, se.ErrorCode)`,
		Good:    `return slices.Contains([]string{codes.ModelArts0109, codes.OptVerse10000003}, se.ErrorCode)`,
		Default: true,
	},
	{
		Name:  CatUseConstant,
		rule:  useConstantRule,
		Title: "a raw string literal of a documented code",
		Doc: "Package `github.com/errcodelint/errcodelint/codes` has one untyped string constant per documented code " +
			"(`codes.ModelArts0204`, `codes.OptVerse10000001`, `codes.JobManager12000001`), so the replacement compiles wherever the literal did. " +
			"The fix prefers a constant of the same value that is already in scope (`use the constant ErrDatasetMissing declared in scope`). " +
			"It adds the import (as its own group after the standard library), merged when several fixes touch one file, " +
			"under the first free name of `codes`, `errcodes`, `codespkg` and `errcodelintcodes` (for `-constants-pkg`, the same forms of its package name): " +
			"a name is taken when it is declared in the package, imported by the file, declared around one of the file's code literals, or predeclared; " +
			"when all four are taken the finding says `no automatic fix: no free name to import ...`. " +
			"A constant declared in a `_test.go` file is never used for a literal outside one, nor one declared for some systems only (`consts_linux.go`) in a file of every system, " +
			"nor a constant in its own declaration or in that of a constant it depends on (an initialization cycle); `const ErrDataset = Code(\"ModelArts.4352\")` is a declaration and not reported. " +
			"Names declared in the package's test files and in its files for other systems count as taken. " +
			"It is offered only when it compiles: the package must be imported already, be among the package's dependencies (and have the constant), " +
			"or, for the default package, the module's go.mod must require `github.com/errcodelint/errcodelint` " +
			"(`go get github.com/errcodelint/errcodelint/codes`), and a module that vendors must list the package in `vendor/modules.txt`. " +
			"Otherwise the finding says why, for example `use a named constant (no automatic fix: the name codes is shadowed here)`. " +
			"The declaration of your own named constant is not reported.",
		Bad:     `return se.ErrorCode == "AIS.0105"`,
		Good:    `return se.ErrorCode == codes.AIS0105`,
		Default: true,
		Fixable: true,
	},
}

// AllChecks returns the table of checks, in documentation order.
func AllChecks() []Check { return slices.Clone(checks) }

// Checks lists the names of every check, in documentation order.
var Checks = checkNames()

func checkNames() []string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.Name
	}
	return names
}

// LookupCheck returns the check named name.
func LookupCheck(name string) (Check, bool) {
	i := slices.IndexFunc(checks, func(c Check) bool { return c.Name == name })
	if i < 0 {
		return Check{}, false
	}
	return checks[i], true
}

// EnabledChecks validates a -checks list (names, "all", blanks ignored) and
// returns the set of enabled checks: the default ones when the list names
// none. Drivers with their own configuration syntax (the golangci-lint
// plugin) validate with it too.
func EnabledChecks(list []string) (map[string]bool, error) {
	enabled := make(map[string]bool, len(checks))
	named := false
	for _, name := range list {
		name = strings.TrimSpace(name)
		switch {
		case name == "":
			continue
		case name == "all":
			for _, c := range checks {
				enabled[c.Name] = true
			}
		default:
			if _, ok := LookupCheck(name); !ok {
				return nil, fmt.Errorf("unknown check %q (known: %s)", name, strings.Join(Checks, ", "))
			}
			enabled[name] = true
		}
		named = true
	}
	if !named {
		for _, c := range checks {
			enabled[c.Name] = c.Default
		}
	}
	return enabled, nil
}

// parseChecks is EnabledChecks for the -checks flag.
func parseChecks(list []string) (map[string]bool, error) {
	enabled, err := EnabledChecks(list)
	if err != nil {
		return nil, fmt.Errorf("bad -checks: %w", err)
	}
	return enabled, nil
}

// checksHelp is the -checks flag's usage text.
func checksHelp() string {
	var on []string
	for _, c := range checks {
		if c.Default {
			on = append(on, c.Name)
		}
	}
	def := strings.Join(on, ", ")
	if len(on) == len(checks) {
		def = "all"
	}
	return "comma-separated checks to enable, or all (" + strings.Join(Checks, ", ") + "); default: " + def
}

//go:embed doc.go
var docGo string

// doc is the Analyzer's Doc: the "Analyzer errcodelint" section of the
// package comment in doc.go, followed by the table of checks.
var doc = func() string {
	var b strings.Builder
	b.WriteString(extractDoc(docGo, "errcodelint"))
	b.WriteString("\n\nChecks (all on by default unless marked off; -checks selects them):\n")
	for _, c := range checks {
		off := ""
		if !c.Default {
			off = " (off)"
		}
		fix := ""
		if c.Fixable {
			fix = " Fix offered."
		}
		fmt.Fprintf(&b, "\n  %s%s: %s.%s", c.Name, off, c.Title, fix)
	}
	return b.String()
}()

// extractDoc returns the "# Analyzer name" section of the package comment of
// the Go file content, without its "name: " prefix, as x/tools' analyzers do.
// It panics when there is none: doc.go is part of this package.
func extractDoc(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("doc.go has no package comment: %v", err))
	}
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		body, ok = strings.CutPrefix(strings.TrimSpace(body), name+":")
		if !ok {
			panic("doc.go: the Analyzer " + name + " section does not start with " + name + ": summary")
		}
		return strings.TrimSpace(body)
	}
	panic("doc.go has no 'Analyzer " + name + "' section")
}
