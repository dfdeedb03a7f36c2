package modelarts

import (
	"errors"

	"example.com/tfprov/common"
	"example.com/tfprov/golangsdk"
)

var (
	// All documented as 400 (ModelArts.6404 by the project's own page):
	// spread into the 400 helper, nothing to report.
	notebookNotFoundErrCodes = []string{
		"ModelArts.6309",
		"ModelArts.6357",
		"ModelArts.6404",
	}

	// Spread into both helpers: checked against each.
	workspaceNotFoundErrCodes = []string{
		"ModelArts.7005", // want `error code "ModelArts.7005" is tied to status 403 by ConvertExpected403ErrInto404Err at notebook.go:40, but the catalog documents it only as 400`
	}

	// Appended to below: its value is not known here, nothing is tied.
	growing = []string{"ModelArts.4352"}
)

func readNotebook(err error) error {
	return common.ConvertExpected400ErrInto404Err(err, "error_code", notebookNotFoundErrCodes...)
}

func deleteNotebook(err error) error {
	return common.ConvertExpected400ErrInto404Err(err, "error_code", notebookNotFoundErrCodes...)
}

func readWorkspace(err error) error {
	if err = common.ConvertExpected400ErrInto404Err(err, "error_code", workspaceNotFoundErrCodes...); err != nil {
		return err
	}
	return common.ConvertExpected403ErrInto404Err(err, "error_code", workspaceNotFoundErrCodes...)
}

func readAlgorithm(err error) error {
	// A single code in a variable is tied like a literal argument.
	algorithmNotFound := "ModelArts.2755" // want `error code "ModelArts.2755" is tied to status 403 by ConvertExpected403ErrInto404Err at notebook.go:46`
	return common.ConvertExpected403ErrInto404Err(err, "error_code", algorithmNotFound)
}

func readDataset(err error) error {
	growing = append(growing, "ModelArts.4353")
	return common.ConvertExpected403ErrInto404Err(err, "error_code", growing...)
}

func parseAgencyError(respErr error) error {
	// The error's type ties its status in the if body.
	if errCode, ok := respErr.(golangsdk.ErrDefault409); ok {
		if common.ErrorCode(errCode.Body) == "ModelArts.3818" { // want `error code "ModelArts.3818" is tied to status 409 here, but the catalog documents it only as 400`
			return nil
		}
	}
	var e400 golangsdk.ErrDefault400
	if errors.As(respErr, &e400) && common.ErrorCode(e400.Body) == "ModelArts.3818" {
		return nil
	}
	switch e := respErr.(type) {
	case golangsdk.ErrDefault404:
		if common.ErrorCode(e.Body) == "ModelArts.2842" { // want `error code "ModelArts.2842" is tied to status 404 here`
			return nil
		}
	}
	return respErr
}

func guarded(respErr error) bool {
	var e404 golangsdk.ErrDefault404
	if !errors.As(respErr, &e404) {
		return false
	}
	return common.ErrorCode(e404.Body) == "ModelArts.2775" // want `error code "ModelArts.2775" is tied to status 404 here`
}

// Spread twice into the same helper: one finding naming both calls.
var trainingJobNotFound = []string{
	"ModelArts.2842", // want `error code "ModelArts.2842" is tied to status 403 by ConvertExpected403ErrInto404Err at notebook.go:88, 92, but the catalog documents it only as 400`
}

func readTrainingJob(err error) error {
	return common.ConvertExpected403ErrInto404Err(err, "error_code", trainingJobNotFound...)
}

func deleteTrainingJob(err error) error {
	return common.ConvertExpected403ErrInto404Err(err, "error_code", trainingJobNotFound...)
}

func readPool(err error) error {
	// A local array, spread through a slice expression.
	poolNotFound := [...]string{
		"ModelArts.2775", // want `error code "ModelArts.2775" is tied to status 403 by ConvertExpected403ErrInto404Err at notebook.go:100`
	}
	return common.ConvertExpected403ErrInto404Err(err, "error_code", poolNotFound[:]...)
}

type response struct {
	StatusCode int
	ErrorCode  string
}

// A set map looked up under a status check.
var goneCodes = map[string]bool{
	"ModelArts.6309": true, // want `error code "ModelArts.6309" is tied to status 404 at notebook.go:114`
}

func gone(r response) bool {
	return r.StatusCode == 404 && goneCodes[r.ErrorCode]
}

// Aliased: the alias could change the elements, so nothing is tied.
var aliasedCodes = []string{"ModelArts.6309"}

func readAliased(err error) error {
	codes := aliasedCodes
	codes[0] = "ModelArts.6357"
	return common.ConvertExpected403ErrInto404Err(err, "error_code", codes...)
}

// cdn/resource_huaweicloud_cdn_domain.go:3188: codes spread into the
// converter, whose 404 is then tested, and used again in its body: the 404
// is a converted 400, and the codes are documented as 400.
var domainNotFoundErrCodes = []string{"ModelArts.6309", "ModelArts.6357"}

func refreshDomain(err error) (string, error) {
	parseErr := common.ConvertExpected400ErrInto404Err(err, "error.error_code", domainNotFoundErrCodes...)
	if _, ok := parseErr.(golangsdk.ErrDefault404); ok {
		return domainNotFoundErrCodes[0], nil
	}
	return "", err
}
