// Package ownership is analyzed with the built-in catalog only. A code is
// unknown only when a loaded page is its family's own page: the ModelArts,
// OCR and OptVerse pages own ModelArts, AIS, OptVerse and JOB_MANAGER; the
// four APIG codes of the OCR page are the gateway codes OCR passes
// through, so an APIG code it does not list is not unknown.
package ownership

// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.
type ServiceResponseError struct {
	StatusCode int
	ErrorCode  string
}

func handle(se *ServiceResponseError) bool {
	switch se.ErrorCode {
	case "APIG.0103": // the API Gateway's own page is not loaded: the catalog cannot know
	case "APIG.0301": // documented by the OCR page
	case "ModelArts.9999": // want `unknown error code "ModelArts.9999": not in the catalog \(family ModelArts.NNNN..NNNNNNNN\); nearest documented: ModelArts\.\d+(, ModelArts\.\d+){4}; if the service returns it, record it in the project's catalog page \(-catalog, or the catalog: key of .errcodelint.yml\), e.g. \| <status> \| ModelArts.9999 \| <error message> \|$`
	case "AIS.0999": // want `unknown error code "AIS.0999"`
	case "JOB_MANAGER_19999999": // want `unknown error code "JOB_MANAGER_19999999"`
	}
	if se.ErrorCode == "apig.0301" { // want `malformed error code "apig.0301": the catalog spells it "APIG.0301" \(another letter case\)`
		return false
	}
	return se.StatusCode == 404 && se.ErrorCode == "APIG.0308" // documented without a status: never a mismatch
}
