package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/database"
)

// TestHousekeepingRunsInTheWorker starts `serve --role worker` on a
// database holding one AI answer past housekeeping.ai_cache_max_age and
// one fresh, and waits for the housekeeping job: the old answer goes, the
// fresh one stays, and /metrics shows every chore's last run and the row
// removed.
func TestHousekeepingRunsInTheWorker(t *testing.T) {
	dataDir := t.TempDir()
	t.Setenv("VIGIL_DATA_DIR", dataDir)
	t.Setenv("VIGIL_LOG_LEVEL", "warn")
	t.Setenv("VIGIL_JOBS_POLL_INTERVAL", "200ms")
	t.Setenv("VIGIL_HOUSEKEEPING_AI_CACHE_MAX_AGE", "720h")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := run(ctx, []string{"migrate", "up"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.DataDir = dataDir
	open := func() *database.DB {
		db, err := database.Open(context.Background(), cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	db := open()
	now := time.Now().UTC()
	for key, at := range map[string]time.Time{"old": now.Add(-31 * 24 * time.Hour), "fresh": now.Add(-time.Hour)} {
		if err := db.Gorm().Exec("INSERT INTO ai_cache (key, provider, model, template_version, content_hash, response, created_at) VALUES (?, 'p', 'm', 'v1', 'h', '{}', ?)",
			key, at).Error; err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	addr := freeAddr(t)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--role", "worker", "--addr", addr}, io.Discard, io.Discard)
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var n int64
		if db, err := database.Open(context.Background(), cfg, nil); err == nil {
			db.Gorm().Raw("SELECT count(*) FROM river_job WHERE kind = 'housekeeping' AND state = 'completed'").Scan(&n)
			db.Close()
		}
		if n > 0 {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("worker exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the housekeeping job did not run in the worker")
		}
		time.Sleep(200 * time.Millisecond)
	}
	db = open()
	var keys []string
	db.Gorm().Raw("SELECT key FROM ai_cache ORDER BY key").Scan(&keys)
	db.Close()
	if strings.Join(keys, ",") != "fresh" {
		t.Fatalf("ai_cache keys after housekeeping: %v, want only the fresh one", keys)
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	_, _ = body.ReadFrom(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`vigil_housekeeping_removed_total{chore="ai_cache_age"} 1`,
		`vigil_housekeeping_last_removed{chore="ai_cache_age"} 1`,
		`vigil_housekeeping_failures_total{chore="auth_expired"} 0`,
		`vigil_housekeeping_last_success_timestamp_seconds{chore="auth_expired"}`,
		`vigil_housekeeping_last_success_timestamp_seconds{chore="analysis_sources"}`,
		`vigil_housekeeping_last_success_timestamp_seconds{chore="ai_cache_size"}`,
		`vigil_housekeeping_last_success_timestamp_seconds{chore="github_deliveries"}`,
		`vigil_housekeeping_last_success_timestamp_seconds{chore="github_install_states"}`,
	} {
		if !strings.Contains(body.String(), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
