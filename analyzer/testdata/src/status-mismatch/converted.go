package mismatch

import (
	"errors"

	"status-mismatch/common"
	"status-mismatch/golangsdk"
	"status-mismatch/golangsdk/openstack/groups"
)

// A golangsdk.ErrDefault404 need not be a 404 response: the Terraform
// provider's helpers (common.ConvertExpected400ErrInto404Err, ...) and its
// own parse functions turn a 400 or 403 response carrying given codes into
// one. Where the error asserted may come from such a conversion, the
// assertion ties the status it converts from too; where it may come from a
// call whose errors are not known, it ties nothing.

// cdn/resource_huaweicloud_cdn_domain.go:3196, cse/resource_huaweicloud_cse_microservice_instance.go:370.
func convertedAssertion(err error) bool {
	parseErr := common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
	if e, ok := parseErr.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.6309" // a converted 400: documented as 400
	}
	return false
}

// ccm/resource_huaweicloud_ccm_private_ca.go:641.
func convertedErrorsAs(err error) bool {
	convertErr := common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
	var err404 golangsdk.ErrDefault404
	if errors.As(convertErr, &err404) {
		return common.ErrorCode(err404.Body) == "ModelArts.6309"
	}
	return false
}

// as/resource_huaweicloud_as_group.go:582: the helper's result is the
// errors.As argument.
func convertedCallErrorsAs(err error) bool {
	var errDefault404 golangsdk.ErrDefault404
	if errors.As(common.ConvertExpected400ErrInto404Err(err, "error.code", "ModelArts.6309"), &errDefault404) {
		return common.ErrorCode(errDefault404.Body) == "ModelArts.3818"
	}
	return false
}

// cse/resource_huaweicloud_cse_nacos_namespace.go:140.
func convertedTypeSwitch(err error) bool {
	parsedErr := common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
	switch e := parsedErr.(type) {
	case golangsdk.ErrDefault404:
		return common.ErrorCode(e.Body) == "ModelArts.6309"
	}
	return false
}

// An earlier assignment converts: the variable may hold either value.
func convertedGuard(err error) bool {
	if err = common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309"); err == nil {
		return false
	}
	var e404 golangsdk.ErrDefault404
	if !errors.As(err, &e404) {
		return false
	}
	return common.ErrorCode(e404.Body) == "ModelArts.6309"
}

// A code documented under neither status is still a mismatch.
func convertedStillWrong(err error) bool {
	parseErr := common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
	if e, ok := parseErr.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.81015" // want `error code "ModelArts.81015" is tied to status 400 or 404 here, but the catalog documents it only as 401`
	}
	return false
}

// A status not known from the call converts from any status: nothing is
// tied.
func convertedUndefined(err error) bool {
	parsedErr := common.ConvertUndefinedErrInto404Err(err, 415, "error_code", "ModelArts.81015")
	if e, ok := parsedErr.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.81015"
	}
	return false
}

// A helper of another package whose errors are not known: nothing is tied.
func unknownHelper(err error) bool {
	err = common.CheckDeleted(err)
	if e, ok := err.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.81015"
	}
	return false
}

// dws/resource_huaweicloud_dws_cluster.go:1548: a parse function of the
// package converts a 400 keeping its body, called at :1039.
func parseLtsError(err error) error {
	var errCode400 golangsdk.ErrDefault400
	if errors.As(err, &errCode400) {
		if common.ErrorCode(errCode400.Body) == "ModelArts.6309" {
			return golangsdk.ErrDefault404(errCode400)
		}
	}
	return err
}

func parsedLocally(c *golangsdk.ServiceClient) bool {
	_, err := c.Request("GET", "lts")
	err = parseLtsError(err)
	if e, ok := err.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.6309"
	}
	return false
}

// dws/resource_huaweicloud_dws_workload_plan.go:164: a parse function of
// the package returns the provider's helpers' results.
func parseWorkLoadPlanError(err error) error {
	if errors.As(err, &golangsdk.ErrDefault400{}) {
		return common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
	}
	if errors.As(err, &golangsdk.ErrDefault403{}) {
		return common.ConvertExpected403ErrInto404Err(err, "error_code", "ModelArts.0108")
	}
	return err
}

func parsedByHelpers(err error) bool {
	if e, ok := parseWorkLoadPlanError(err).(golangsdk.ErrDefault404); ok {
		switch common.ErrorCode(e.Body) {
		case "ModelArts.6309", "ModelArts.0108":
			return true
		case "ModelArts.81015": // want `error code "ModelArts.81015" is tied to status 400, 403 or 404 here`
		}
	}
	return false
}

// The SDK's own errors carry the response's status: the ties stand.

// kafka/resource_huaweicloud_dms_kafka_user_client_quota.go:414,
// rds/common.go:191: a parameter.
func handleOperationConflictError(err error) bool {
	if errCode, ok := err.(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(errCode.Body) == "ModelArts.6309" // want `error code "ModelArts.6309" is tied to status 404 here, but the catalog documents it only as 400`
	}
	return false
}

// rocketmq/resource_huaweicloud_dms_rocketmq_instance.go:474.
func sdkRequest(c *golangsdk.ServiceClient) bool {
	_, err := c.Request("GET", "instances")
	if err != nil {
		if errCode, ok := err.(golangsdk.ErrDefault404); ok {
			return common.ErrorCode(errCode.Body) == "ModelArts.6309" // want `tied to status 404 here`
		}
	}
	return false
}

// as/resource_huaweicloud_as_group.go:579: an SDK service package.
func sdkServicePackage(c *golangsdk.ServiceClient) bool {
	err := groups.Get(c, "g")
	var e404 golangsdk.ErrDefault404
	if errors.As(err, &e404) {
		return common.ErrorCode(e404.Body) == "ModelArts.6309" // want `tied to status 404 here`
	}
	return false
}

// A function of the package that only passes on the SDK's errors.
func getInstance(c *golangsdk.ServiceClient, id string) error {
	if id == "" {
		return getInstance(c, "default")
	}
	_, err := c.Request("GET", "instances/"+id)
	return err
}

func localWrapper(c *golangsdk.ServiceClient) bool {
	switch e := getInstance(c, "i").(type) {
	case golangsdk.ErrDefault404:
		return common.ErrorCode(e.Body) == "ModelArts.6309" // want `tied to status 404 here`
	}
	return false
}

// A guard whose errors.As is one of its disjuncts.
func guardDisjunct(c *golangsdk.ServiceClient) bool {
	_, err := c.Request("GET", "instances")
	var e404 golangsdk.ErrDefault404
	if err == nil || !errors.As(err, &e404) {
		return false
	}
	return common.ErrorCode(e404.Body) == "ModelArts.6309" // want `tied to status 404 here`
}
