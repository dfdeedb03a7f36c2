package synth

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// sdkerrSource mimics the Huawei Cloud Go SDK's error type and the helper
// functions provider code wraps around it.
const sdkerrSource = `// Package sdkerr mimics the error type of the Huawei Cloud Go SDK and the
// helpers that client code wraps around it.
package sdkerr

import (
	"errors"
	"fmt"
	"slices"
)

// ServiceResponseError is returned for every non-2xx response.
type ServiceResponseError struct {
	StatusCode   int    ` + "`json:\"-\"`" + `
	RequestId    string ` + "`json:\"request_id\"`" + `
	ErrorCode    string ` + "`json:\"error_code\"`" + `
	ErrorMessage string ` + "`json:\"error_msg\"`" + `
}

func (e *ServiceResponseError) Error() string {
	return fmt.Sprintf("{\"status_code\": %d, \"request_id\": \"%s\", \"error_code\": \"%s\", \"error_message\": \"%s\"}",
		e.StatusCode, e.RequestId, e.ErrorCode, e.ErrorMessage)
}

// HasCode reports whether the error carries one of codes.
func (e *ServiceResponseError) HasCode(codes ...string) bool {
	return slices.Contains(codes, e.ErrorCode)
}

// ErrorResponse is a decoded error body with optional fields.
type ErrorResponse struct {
	ErrorCode *string ` + "`json:\"error_code,omitempty\"`" + `
	ErrorMsg  *string ` + "`json:\"error_msg,omitempty\"`" + `
}

// Body is the nested error body some services return.
type Body struct {
	Error struct {
		Code    string ` + "`json:\"code\"`" + `
		Message string ` + "`json:\"message\"`" + `
	} ` + "`json:\"error\"`" + `
}

// ErrDefault404 means the resource is gone.
type ErrDefault404 struct{ Body []byte }

func (e ErrDefault404) Error() string { return "Resource not found" }

func convert(err error, status int, errCodeKey string, specErrCodes []string) error {
	var se *ServiceResponseError
	if !errors.As(err, &se) || se.StatusCode != status || errCodeKey != "error_code" {
		return err
	}
	if len(specErrCodes) == 0 || slices.Contains(specErrCodes, se.ErrorCode) {
		return ErrDefault404{Body: []byte(se.ErrorMessage)}
	}
	return err
}

// ConvertExpected400ErrInto404Err turns a 400 with one of the codes into a 404.
func ConvertExpected400ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	return convert(err, 400, errCodeKey, specErrCodes)
}

// ConvertExpected403ErrInto404Err turns a 403 with one of the codes into a 404.
func ConvertExpected403ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	return convert(err, 403, errCodeKey, specErrCodes)
}

// ConvertUndefinedErrInto404Err turns the given status with one of the codes into a 404.
func ConvertUndefinedErrInto404Err(err error, status int, errCodeKey string, specErrCodes ...string) error {
	return convert(err, status, errCodeKey, specErrCodes)
}

// HasErrorCode reports whether err is a service error with the code.
func HasErrorCode(err error, code string) bool {
	var se *ServiceResponseError
	return errors.As(err, &se) && se.ErrorCode == code
}
`

var userConstNames = []string{
	"ErrCodeNotFound", "ErrCodeTokenInvalid", "ErrCodeQuotaExceeded",
	"ErrCodeConflict", "ErrCodeInvalidParam", "ErrCodeJobNotFound",
}

func (g *gen) constsSource() string {
	var b strings.Builder
	b.WriteString("// Package consts holds the shared constants of the synthetic module.\npackage consts\n\n")
	b.WriteString("// Error codes this module handles specially.\nconst (\n")
	used := map[string]bool{}
	for _, name := range userConstNames {
		c := g.code()
		for used[c.Code] {
			c = g.code()
		}
		used[c.Code] = true
		fmt.Fprintf(&b, "\t%s = %q\n", name, c.Code)
	}
	b.WriteString(")\n\n// Unrelated settings.\nconst (\n")
	b.WriteString("\tDefaultRegion = \"cn-north-4\"\n\tDefaultFlavor = \"modelarts.vm.cpu.2u\"\n\tAPIVersion = \"v1.2.3\"\n")
	b.WriteString("\tEndpointTemplate = \"https://modelarts.%s.myhuaweicloud.com\"\n\tUserAgent = \"synth-client/1.0\"\n)\n")
	return b.String()
}

var (
	fieldNames  = []string{"name", "description", "flavor", "image", "status", "created_at", "updated_at", "project_id", "workspace_id", "region", "tags", "version", "engine", "pool_id", "node_count", "volume_size", "subnet_id", "vpc_id", "security_group_id", "enterprise_project_id"}
	statusWords = []string{"RUNNING", "STOPPED", "DEPLOYING", "FAILED", "PENDING", "DELETING", "CREATING", "ERROR", "ACTIVE", "FROZEN"}
	nouns       = []string{"service", "notebook", "training job", "dataset", "model", "endpoint", "resource pool", "workspace", "algorithm", "deployment"}
	urlParts    = []string{"services", "notebooks", "training-jobs", "datasets", "models", "endpoints", "pools", "workspaces", "algorithms", "deployments"}
	lookalikes  = []string{"modelarts.vm.cpu.2u", "modelarts.vm.gpu.p4", "v1.2.3", "tags.1234", "DBS.280005", "APIGW.0101", "ModelArts.", "cn-north-4", "2006-01-02T15:04:05Z", "application/json", "X-Auth-Token", "X-Project-Id", "image.2048", "sha256.0001"}
)

func (g *gen) sourceFile() string {
	k := g.file
	g.useCodes = g.useCodesPkg() && g.pct(15)
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n\tIMPORTS\n)\n\n", g.pkgName)

	// A resource type and its unrelated methods: most strings in real
	// code are field names, messages, URLs and formats, not codes.
	fmt.Fprintf(&b, "// Resource%d is a %s as the API returns it.\ntype Resource%d struct {\n", k, g.pick(nouns), k)
	fields := g.distinctStrings(fieldNames, 8)
	for _, f := range fields {
		typ := "string"
		if strings.HasSuffix(f, "_count") || strings.HasSuffix(f, "_size") {
			typ = "int"
		} else if f == "tags" {
			typ = "map[string]string"
		}
		fmt.Fprintf(&b, "\t%s %s `json:\"%s,omitempty\"`\n", goName(f), typ, f)
	}
	b.WriteString("\tID string `json:\"id\"`\n}\n\n")

	// The code-dense mode leaves out the two longest unrelated methods, so
	// that its files stay about as long as the others.
	if g.opt.CodesPerFile == 0 {
		g.resourceMethods(&b, k, fields)
	}

	part := g.pick(urlParts)
	fmt.Fprintf(&b, "func resourceURL%d(endpoint, projectID, id string) string {\n\treturn strings.Join([]string{strings.TrimSuffix(endpoint, \"/\"), \"v2\", projectID, %q, id}, \"/\")\n}\n\n", k, part)
	fmt.Fprintf(&b, "func parseTime%d(s string) (time.Time, error) {\n\tif s == \"\" {\n\t\treturn time.Time{}, nil\n\t}\n\treturn time.Parse(%q, s)\n}\n\n", k, "2006-01-02T15:04:05Z")
	fmt.Fprintf(&b, "func waitMessage%d(id string, attempt int, target string) string {\n\treturn fmt.Sprintf(\"[DEBUG] waiting for %s %%s to become %%s (attempt %%s)\", id, target, strconv.Itoa(attempt))\n}\n\n", k, g.pick(nouns))
	fmt.Fprintf(&b, "func headers%d(token, project string) http.Header {\n\th := http.Header{}\n\th.Set(\"Content-Type\", \"application/json\")\n\th.Set(\"X-Auth-Token\", token)\n\th.Set(\"X-Project-Id\", project)\n\th.Set(\"User-Agent\", consts.UserAgent)\n\treturn h\n}\n\n", k)
	fmt.Fprintf(&b, "func lookalikes%d() []string {\n\treturn []string{%q, %q, %q, consts.DefaultFlavor, consts.APIVersion}\n}\n\n", k, g.pick(lookalikes), g.pick(lookalikes), g.pick(lookalikes))
	fmt.Fprintf(&b, "// Summary%d describes the file's resource kind.\nfunc Summary%d() string {\n\treturn %q\n}\n\n", k, k, g.pick(nouns)+" "+part)

	// Cross-package use of the packages this one depends on.
	fmt.Fprintf(&b, "func related%d() []string {\n\tout := []string{Summary%d()}\n", k, k)
	for _, d := range g.deps {
		j := g.rng.IntN(g.opt.PerPackage - 1)
		fmt.Fprintf(&b, "\tout = append(out, %s.Summary%d())\n", pathBase(d), j)
	}
	b.WriteString("\treturn out\n}\n\n")

	// Error handling: the code sites.
	if !g.codeFree {
		g.errorHandling(&b, k)
	}

	src := b.String()
	return strings.Replace(src, "IMPORTS", g.imports(src), 1)
}

var importUse = []struct{ path, re string }{
	{"errors", `\berrors\.[A-Z]`},
	{"fmt", `\bfmt\.[A-Z]`},
	{"net/http", `\bhttp\.[A-Z]`},
	{"slices", `\bslices\.[A-Z]`},
	{"strconv", `\bstrconv\.[A-Z]`},
	{"strings", `\bstrings\.[A-Z]`},
	{"testing", `\btesting\.[A-Z]`},
	{"time", `\btime\.[A-Z]`},
}

var importRE = map[string]*regexp.Regexp{}

func init() {
	for _, u := range importUse {
		importRE[u.path] = regexp.MustCompile(u.re)
	}
	importRE["consts"] = regexp.MustCompile(`\bconsts\.[A-Z]`)
	importRE["sdkerr"] = regexp.MustCompile(`\bsdkerr\.[A-Z]`)
	importRE["codes"] = regexp.MustCompile(`\bcodes\.[A-Z]`)
}

// imports returns the import block body for exactly the packages src uses.
// resourceMethods writes the resource's toMap and validate methods.
func (g *gen) resourceMethods(b *strings.Builder, k int, fields []string) {
	fmt.Fprintf(b, "func (r *Resource%d) toMap() map[string]any {\n\treturn map[string]any{\n\t\t\"id\": r.ID,\n", k)
	for _, f := range fields {
		fmt.Fprintf(b, "\t\t%q: r.%s,\n", f, goName(f))
	}
	b.WriteString("\t}\n}\n\n")

	fmt.Fprintf(b, "func (r *Resource%d) validate() error {\n\tif r.ID == \"\" {\n\t\treturn errors.New(\"the %s ID is required\")\n\t}\n", k, g.pick(nouns))
	for i := 0; i < 3+g.rng.IntN(4); i++ {
		f := fields[g.rng.IntN(len(fields))]
		switch fieldKind(f) {
		case "int":
			fmt.Fprintf(b, "\tif r.%s < 0 || r.%s > %d {\n\t\treturn fmt.Errorf(\"%s must be between 0 and %d, got %%d\", r.%s)\n\t}\n", goName(f), goName(f), 10+g.rng.IntN(1000), f, 10+g.rng.IntN(1000), goName(f))
		case "map":
			fmt.Fprintf(b, "\tfor key, value := range r.%s {\n\t\tif strings.HasPrefix(key, \"_sys_\") || len(value) > 255 {\n\t\t\treturn fmt.Errorf(\"invalid tag %%q=%%q\", key, value)\n\t\t}\n\t}\n", goName(f))
		default:
			fmt.Fprintf(b, "\tif len(r.%s) > %d {\n\t\treturn fmt.Errorf(\"%s %%q is longer than %d characters\", r.%s)\n\t}\n", goName(f), 32+g.rng.IntN(200), f, 64, goName(f))
		}
	}
	if slices.Contains(fields, "status") {
		fmt.Fprintf(b, "\tswitch r.Status {\n\tcase %q, %q, %q:\n\tdefault:\n\t\treturn fmt.Errorf(\"unexpected status %%q\", r.Status)\n\t}\n", statusWords[0], statusWords[1+g.rng.IntN(4)], statusWords[5+g.rng.IntN(5)])
	}
	b.WriteString("\treturn nil\n}\n\n")

}

func (g *gen) imports(src string) string {
	var std, local []string
	for _, u := range importUse {
		if importRE[u.path].MatchString(src) {
			std = append(std, fmt.Sprintf("%q", u.path))
		}
	}
	if importRE["consts"].MatchString(src) {
		local = append(local, fmt.Sprintf("%q", g.opt.Module+"/internal/consts"))
	}
	if importRE["sdkerr"].MatchString(src) {
		local = append(local, fmt.Sprintf("%q", g.opt.Module+"/sdk/sdkerr"))
	}
	for _, d := range g.deps {
		if regexp.MustCompile(`\b` + pathBase(d) + `\.[A-Z]`).MatchString(src) {
			local = append(local, fmt.Sprintf("%q", d))
		}
	}
	if importRE["codes"].MatchString(src) {
		local = append(local, fmt.Sprintf("%q", errcodelintModule+"/codes"))
	}
	out := strings.Join(std, "\n\t")
	if len(local) > 0 {
		out += "\n\n\t" + strings.Join(local, "\n\t")
	}
	return out
}

// errorHandling writes the functions with the error-code sites.
func (g *gen) errorHandling(b *strings.Builder, k int) {
	// Package-level code slices and sets in some files.
	hasSlice, hasSet := g.pct(g.rate(40, 12)), g.pct(g.rate(30, 8))
	if hasSlice {
		cs := g.distinctCodes(2 + g.rng.IntN(4))
		fmt.Fprintf(b, "var retryCodes%d = []string{", k)
		for i, c := range cs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(g.ref(c))
		}
		if g.pct(3) { // a repeated code, as copy-paste leaves them
			g.stats.NearMisses++
			fmt.Fprintf(b, ", %q", cs[0].Code)
		}
		b.WriteString("}\n\n")
	}
	if hasSet {
		cs := g.distinctCodes(2 + g.rng.IntN(3))
		fmt.Fprintf(b, "var goneCodes%d = map[string]bool{\n", k)
		seen := map[string]bool{}
		for _, c := range cs {
			fmt.Fprintf(b, "\t%s: true,\n", g.uniqueRef(seen, c))
		}
		b.WriteString("}\n\n")
	}
	if g.pct(g.rate(20, 6)) {
		c := g.code()
		fmt.Fprintf(b, "const codeOfInterest%d = %s\n\n", k, g.lit(c))
	}

	fmt.Fprintf(b, "func handleError%d(err error) error {\n\tif err == nil {\n\t\treturn nil\n\t}\n\tvar se *sdkerr.ServiceResponseError\n\tif !errors.As(err, &se) {\n\t\treturn fmt.Errorf(\"error requesting the %s: %%w\", err)\n\t}\n", k, g.pick(nouns))
	n := g.rng.IntN(3)
	if g.opt.Dense {
		n = 2 + g.rng.IntN(5)
	}
	lits := func() int { return g.stats.CodeSites + g.stats.NearMisses }
	start := lits()
	for i := 0; i < n; i++ {
		g.site(b, k, i)
	}
	// The code-dense mode: more sites, leaving room for the few literals
	// of the helpers below.
	for i := n; g.opt.CodesPerFile > 0 && lits()-start < g.opt.CodesPerFile-3; i++ {
		g.site(b, k, i)
	}
	if hasSlice {
		fmt.Fprintf(b, "\tif slices.Contains(retryCodes%d, se.ErrorCode) {\n\t\treturn nil\n\t}\n", k)
	}
	if hasSet {
		fmt.Fprintf(b, "\tif goneCodes%d[se.ErrorCode] {\n\t\treturn nil\n\t}\n", k)
	}
	if g.pct(5) { // a code mentioned in prose is not a code site
		fmt.Fprintf(b, "\tif se.StatusCode == http.StatusUnauthorized {\n\t\treturn fmt.Errorf(\"the token was rejected (%s); log in again: %%s\", se.ErrorMessage)\n\t}\n", g.code().Code)
	}
	fmt.Fprintf(b, "\treturn fmt.Errorf(\"error requesting the %s (%%d %%s): %%s\", se.StatusCode, se.ErrorCode, se.ErrorMessage)\n}\n\n", g.pick(nouns))

	// Variadic helpers, including a []string named codes spread into them.
	c1, c2 := g.distinctCodes(2)[0], g.code()
	switch r := g.rng.IntN(3); {
	case !g.pct(g.rate(100, 35)):
		fmt.Fprintf(b, "func convert404_%d(err error) error {\n\treturn sdkerr.ConvertExpected400ErrInto404Err(err, \"error_code\")\n}\n\n", k)
	case r == 0:
		fmt.Fprintf(b, "func convert404_%d(err error) error {\n\treturn sdkerr.ConvertExpected400ErrInto404Err(err, \"error_code\", %s)\n}\n\n", k, g.ref(c1))
	case r == 1:
		cs := g.distinctCodes(2 + g.rng.IntN(2))
		fmt.Fprintf(b, "func convert404_%d(err error) error {\n\tcodes := []string{", k)
		for i, c := range cs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(g.lit(c))
		}
		b.WriteString("}\n\treturn sdkerr.ConvertExpected403ErrInto404Err(err, \"error_code\", codes...)\n}\n\n")
	default:
		fmt.Fprintf(b, "func convert404_%d(err error) error {\n\treturn sdkerr.ConvertUndefinedErrInto404Err(err, %s, \"error_code\", %s, %s)\n}\n\n", k, g.status(c1), g.ref(c1), g.ref(c2))
	}

	// Other shapes: pointer fields, nested bodies, type assertions, helpers.
	c := g.codeWithStatus()
	fmt.Fprintf(b, "func isGone%d(resp *sdkerr.ErrorResponse, body sdkerr.Body, raw map[string]any, err error) bool {\n", k)
	switch r := g.rng.IntN(5); {
	case !g.pct(g.rate(100, 35)):
		b.WriteString("\tif resp != nil && resp.ErrorMsg != nil && strings.Contains(*resp.ErrorMsg, \"not found\") {\n\t\treturn true\n\t}\n")
	case r == 0:
		fmt.Fprintf(b, "\tif resp != nil && resp.ErrorCode != nil && *resp.ErrorCode == %s {\n\t\treturn true\n\t}\n", g.ref(c))
	case r == 1:
		fmt.Fprintf(b, "\tif body.Error.Code == %s {\n\t\treturn true\n\t}\n", g.ref(c))
	case r == 2:
		fmt.Fprintf(b, "\tif code, ok := raw[\"error_code\"]; ok && code.(string) == %s {\n\t\treturn true\n\t}\n", g.ref(c))
	case r == 3:
		fmt.Fprintf(b, "\tif sdkerr.HasErrorCode(err, %s) {\n\t\treturn true\n\t}\n", g.ref(c))
	default:
		fmt.Fprintf(b, "\tvar se *sdkerr.ServiceResponseError\n\tif errors.As(err, &se) && se.HasCode(%s, %s) {\n\t\treturn true\n\t}\n", g.ref(c), g.ref(g.distinctFrom(c)))
	}
	fmt.Fprintf(b, "\treturn strings.HasPrefix(body.Error.Code, \"ModelArts.\") && body.Error.Message == %q\n}\n\n", "Resource not found.")
}

// site writes one error-code site inside handleError (se is in scope).
func (g *gen) site(b *strings.Builder, k, i int) {
	switch r := g.rng.IntN(100); {
	case r < 22: // plain comparison
		c := g.code()
		op := "=="
		if g.pct(15) {
			op = "!="
			fmt.Fprintf(b, "\tif se.ErrorCode %s %s && se.StatusCode == http.StatusConflict {\n\t\treturn err\n\t}\n", op, g.ref(c))
			return
		}
		fmt.Fprintf(b, "\tif se.ErrorCode %s %s {\n\t\treturn nil\n\t}\n", op, g.ref(c))
	case r < 42: // comparison tied to a status
		c := g.codeWithStatus()
		if g.pct(50) {
			fmt.Fprintf(b, "\tif se.StatusCode == %s && se.ErrorCode == %s {\n\t\treturn nil\n\t}\n", g.status(c), g.ref(c))
		} else {
			fmt.Fprintf(b, "\tif se.ErrorCode == %s && se.StatusCode == %s {\n\t\treturn fmt.Errorf(\"the %s is not ready: %%s\", se.ErrorMessage)\n\t}\n", g.ref(c), g.status(c), g.pick(nouns))
		}
	case r < 50: // || chain
		cs := g.distinctCodes(2 + g.rng.IntN(2))
		b.WriteString("\tif ")
		for j, c := range cs {
			if j > 0 {
				b.WriteString(" || ")
			}
			fmt.Fprintf(b, "se.ErrorCode == %s", g.ref(c))
		}
		b.WriteString(" {\n\t\treturn nil\n\t}\n")
	case r < 64: // tagged switch with case lists
		cs := g.distinctCodes(3 + g.rng.IntN(3))
		b.WriteString("\tswitch se.ErrorCode {\n")
		seen := map[string]bool{}
		for j := 0; j < len(cs); {
			n := 1 + g.rng.IntN(2)
			if j+n > len(cs) {
				n = len(cs) - j
			}
			b.WriteString("\tcase ")
			for x := 0; x < n; x++ {
				if x > 0 {
					b.WriteString(", ")
				}
				b.WriteString(g.uniqueRef(seen, cs[j+x]))
			}
			fmt.Fprintf(b, ":\n\t\treturn fmt.Errorf(\"%s %s: %%w\", err)\n", g.pick(nouns), g.pick(statusWords))
			j += n
		}
		b.WriteString("\t}\n")
	case r < 72: // tagless switch on status and code
		cs := []Code{g.codeWithStatus(), g.codeWithStatus()}
		b.WriteString("\tswitch {\n")
		for _, c := range cs {
			fmt.Fprintf(b, "\tcase se.StatusCode == %s && se.ErrorCode == %s:\n\t\treturn nil\n", g.status(c), g.ref(c))
		}
		b.WriteString("\t}\n")
	case r < 78: // switch on the status, code inside
		c := g.codeWithStatus()
		fmt.Fprintf(b, "\tswitch se.StatusCode {\n\tcase %s:\n\t\tif se.ErrorCode == %s {\n\t\t\treturn nil\n\t\t}\n\tdefault:\n\t\treturn fmt.Errorf(\"unexpected status: %%w\", err)\n\t}\n", g.status(c), g.ref(c))
	case r < 84: // strings functions
		c := g.code()
		fn := g.pick([]string{"EqualFold", "EqualFold", "Contains", "HasPrefix", "HasSuffix"})
		fmt.Fprintf(b, "\tif strings.%s(se.ErrorCode, %s) {\n\t\treturn nil\n\t}\n", fn, g.ref(c))
	case r < 89: // slices.Contains with an inline slice
		cs := g.distinctCodes(2)
		fmt.Fprintf(b, "\tif slices.Contains([]string{%s, %s}, se.ErrorCode) {\n\t\treturn nil\n\t}\n", g.ref(cs[0]), g.ref(cs[1]))
	case r < 94: // a user constant from another package
		fmt.Fprintf(b, "\tif se.ErrorCode == consts.%s {\n\t\treturn nil\n\t}\n", g.pick(userConstNames))
	default: // unrelated checks on the message, not codes
		fmt.Fprintf(b, "\tif strings.Contains(se.ErrorMessage, %q) || se.RequestId == \"\" {\n\t\treturn fmt.Errorf(\"%s: %%s\", se.ErrorMessage)\n\t}\n", g.pick([]string{"not found", "quota", "already exists", "timeout"}), g.pick(nouns))
	}
}

// uniqueRef is ref for a case list or map keys, where a value may appear
// once: a near miss that another element already wrote (two unknown codes
// of a family come out alike) becomes the code itself.
func (g *gen) uniqueRef(seen map[string]bool, c Code) string {
	near := g.stats.NearMisses
	r := g.ref(c)
	if seen[r] && g.stats.NearMisses > near {
		g.stats.NearMisses = near
		g.stats.CodeSites++
		r = fmt.Sprintf("%q", c.Code)
	}
	seen[r] = true
	return r
}

// testFile writes the package's test file: fakes built with struct
// literals, calling the handlers of the first files.
func (g *gen) testFile(nsrc int) string {
	g.useCodes = g.useCodesPkg() && g.pct(15)
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n\tIMPORTS\n)\n\n", g.pkgName)
	if g.codeFree {
		for k := 0; k < min(nsrc, 5); k++ {
			fmt.Fprintf(&b, "func TestSummary%d(t *testing.T) {\n\tif got := Summary%d(); got == \"\" {\n\t\tt.Errorf(\"Summary%d() = %%q\", got)\n\t}\n}\n\n", k, k, k)
		}
		return strings.Replace(b.String(), "IMPORTS", g.imports(b.String()), 1)
	}
	for k := 0; k < min(nsrc, 5); k++ {
		fmt.Fprintf(&b, "func TestHandleError%d(t *testing.T) {\n\tcases := []struct {\n\t\tname string\n\t\terr  error\n\t}{\n", k)
		for i := 0; i < g.rate(3, 1); i++ {
			c := g.codeWithStatus()
			fmt.Fprintf(&b, "\t\t{%q, &sdkerr.ServiceResponseError{StatusCode: %s, ErrorCode: %s, ErrorMessage: %q}},\n", g.pick(nouns)+" "+strings.ToLower(g.pick(statusWords)), g.status(c), g.ref(c), "synthetic failure")
		}
		b.WriteString("\t\t{\"plain\", errors.New(\"connection reset\")},\n\t}\n")
		fmt.Fprintf(&b, "\tfor _, tc := range cases {\n\t\tt.Run(tc.name, func(t *testing.T) {\n\t\t\tif got := handleError%d(tc.err); got == tc.err {\n\t\t\t\tt.Logf(\"unchanged: %%v\", got)\n\t\t\t}\n\t\t})\n\t}\n}\n\n", k)
	}
	src := b.String()
	return strings.Replace(src, "IMPORTS", g.imports(src), 1)
}

// rate returns dense in Dense mode and normal otherwise.
func (g *gen) rate(dense, normal int) int {
	if g.opt.Dense {
		return dense
	}
	return normal
}

func (g *gen) distinctStrings(list []string, n int) []string {
	perm := g.rng.Perm(len(list))
	out := make([]string, 0, n)
	for _, i := range perm[:min(n, len(list))] {
		out = append(out, list[i])
	}
	return out
}

// distinctCodes returns n codes that differ even ignoring case and
// separator, so that neither a malformed spelling nor its fix can
// duplicate a switch case or map key.
func (g *gen) distinctCodes(n int) []Code {
	var out []Code
	seen := map[string]bool{}
	for len(out) < n {
		c := g.code()
		key := codeshape.Key(c.Code)
		if !seen[key] {
			seen[key] = true
			out = append(out, c)
		}
	}
	return out
}

func (g *gen) distinctFrom(c Code) Code {
	key := codeshape.Key(c.Code)
	for {
		d := g.code()
		if codeshape.Key(d.Code) != key {
			return d
		}
	}
}

func fieldKind(f string) string {
	switch {
	case strings.HasSuffix(f, "_count"), strings.HasSuffix(f, "_size"):
		return "int"
	case f == "tags":
		return "map"
	}
	return "string"
}

func goName(f string) string {
	var b strings.Builder
	for _, w := range strings.Split(f, "_") {
		switch w {
		case "id":
			b.WriteString("ID")
		default:
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

func pathBase(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }
