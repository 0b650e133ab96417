package backup

import (
	"context"
	"fmt"
	"os/exec"
)

type SnapshotJob struct {
	source string
	label  string
}

func NewSnapshotJob(source, label string) *SnapshotJob {
	return &SnapshotJob{source: source, label: label}
}

func (j *SnapshotJob) ArchivePath() string {
	return fmt.Sprintf("/backups/%s.tar.gz", j.label)
}

func (j *SnapshotJob) Run(ctx context.Context) error {
	script := fmt.Sprintf("tar czf %s -C %s . && sync", j.ArchivePath(), j.source)
	return exec.CommandContext(ctx, "/bin/bash", "-c", script).Run() // LABEL: CWE-78
}
