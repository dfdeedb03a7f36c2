// Package prosepaths is analyzed with -prose: path segments and format
// strings are not codes.
package prosepaths

import (
	"fmt"
	"path/filepath"
)

func paths(dir string, n int) []string {
	return []string{
		"/mnt/ais_0",
		fmt.Sprintf("%s/ais_2", dir),
		filepath.Join(dir, "cache/ModelArts.9999/data"),
		"s3://bucket/ModelArts_9999",
		fmt.Sprintf("ModelArts.0%d", n),
		fmt.Sprintf("JOB_MANAGER_1200000%d", n),
		fmt.Sprintf("ModelArts.%04d", n),
		fmt.Sprintf("request failed: ModelArts.9999 (%d retries)", n), // want `unknown error code "ModelArts.9999"`
		"see ModelArts.9998 in /var/log",                              // want `unknown error code "ModelArts.9998"`
	}
}
