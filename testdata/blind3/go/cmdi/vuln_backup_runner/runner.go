package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

type BackupRunner struct {
	Dir string
}

func (b *BackupRunner) Dump(database, label string) (string, error) {
	name := fmt.Sprintf("%s-%s-%d.sql.gz", database, label, time.Now().Unix())
	out := filepath.Join(b.Dir, name)
	script := fmt.Sprintf("pg_dump %s | gzip > %s", database, out)
	if err := exec.Command("/bin/sh", "-c", script).Run(); err != nil { // LABEL: CWE-78
		return "", err
	}
	return out, nil
}
