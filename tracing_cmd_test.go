package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace/noop"

	"vigil/platform/httpserver"
)

// TestOnlyServeExportsTraces: with VIGIL_OTEL_ENDPOINT set, one-shot
// commands (migrate, admin, ...) install no OTLP exporter; serve does.
func TestOnlyServeExportsTraces(t *testing.T) {
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }))
	defer collector.Close()
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(noop.NewTracerProvider())
	t.Cleanup(func() { otel.SetTracerProvider(prev) })
	t.Setenv("VIGIL_DATA_DIR", t.TempDir())
	t.Setenv("VIGIL_LOG_LEVEL", "warn")
	t.Setenv("VIGIL_OTEL_ENDPOINT", collector.URL)
	exporting := func() bool { _, ok := otel.GetTracerProvider().(*sdktrace.TracerProvider); return ok }

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, args := range [][]string{{"migrate", "up"}, {"migrate", "status"}} {
		if err := run(ctx, args, io.Discard, io.Discard); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if exporting() {
			t.Fatalf("vigil %v installed the trace exporter", args)
		}
	}

	served := make(chan bool, 1)
	h := hooks{beforeSPA: func(*httpserver.Server) error {
		served <- exporting()
		cancel() // seen what was needed: stop serving
		return nil
	}}
	done := make(chan error, 1)
	go func() { done <- runWith(ctx, []string{"serve", "--addr", freeAddr(t)}, io.Discard, io.Discard, h) }()
	select {
	case ok := <-served:
		if !ok {
			t.Fatal("serve did not install the trace exporter")
		}
	case err := <-done:
		t.Fatalf("serve exited early: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	<-done
}
