// Package runner runs network tools.
package runner

import "os/exec"

// Ping pings a host through the shell.
func Ping(host string) ([]byte, error) {
	line := "ping -c 1 " + host
	return exec.Command("sh", "-c", line).Output() // vigil:expect VGL-GO-CMDI-001
}
