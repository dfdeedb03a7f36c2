// Package groups is an SDK service package: its errors carry the status
// of the response.
package groups

import "status-mismatch/golangsdk"

// Get reads a group.
func Get(c *golangsdk.ServiceClient, id string) error {
	_, err := c.Request("GET", "groups/"+id)
	return err
}
