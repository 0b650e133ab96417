package tracing_test

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	coltrace "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"

	"vigil/platform/httpserver"
	"vigil/platform/tracing"
)

// receiver is an in-process OTLP/HTTP trace endpoint on loopback.
type receiver struct {
	mu    sync.Mutex
	spans map[string]string // span name -> trace id (hex)
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	b, _ := io.ReadAll(req.Body)
	var msg coltrace.ExportTraceServiceRequest
	if req.URL.Path != "/v1/traces" || proto.Unmarshal(b, &msg) != nil {
		http.Error(w, "bad export", http.StatusBadRequest)
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, rs := range msg.GetResourceSpans() {
		for _, ss := range rs.GetScopeSpans() {
			for _, sp := range ss.GetSpans() {
				r.spans[sp.GetName()] = hex.EncodeToString(sp.GetTraceId())
			}
		}
	}
	w.Header().Set("Content-Type", "application/x-protobuf")
	out, _ := proto.Marshal(&coltrace.ExportTraceServiceResponse{})
	_, _ = w.Write(out)
}

// TestRequestSpanReachesCollectorWithRequestID serves a request with
// tracing on and checks that its span, named by route, reaches the OTLP
// endpoint and that its trace id is the request id the response carries
// (and the logs use).
func TestRequestSpanReachesCollectorWithRequestID(t *testing.T) {
	rcv := &receiver{spans: map[string]string{}}
	collector := httptest.NewServer(rcv)
	defer collector.Close()
	ctx := context.Background()
	stop, err := tracing.Setup(ctx, collector.URL, "test")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := httpserver.New(httpserver.Options{Logger: slog.New(slog.DiscardHandler), Tracing: true})
	if err != nil {
		t.Fatal(err)
	}
	srv.API().GET("/things/:id", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(sctx, ln) }()
	defer func() { cancel(); <-done }()

	resp, err := http.Get("http://" + ln.Addr().String() + "/api/v1/things/42")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	rid := resp.Header.Get("X-Request-ID")
	if err := stop(ctx); err != nil { // flushes the batch
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		rcv.mu.Lock()
		traceID, ok := rcv.spans["GET /api/v1/things/:id"]
		names := len(rcv.spans)
		rcv.mu.Unlock()
		if ok {
			if traceID != rid {
				t.Fatalf("span trace id %s, request id %s: they must be the same", traceID, rid)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no span named %q reached the collector (%d spans)", "GET /api/v1/things/:id", names)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestSetupWithoutEndpointIsANoop(t *testing.T) {
	stop, err := tracing.Setup(context.Background(), "", "test")
	if err != nil || stop(context.Background()) != nil {
		t.Fatalf("Setup(\"\") = %v", err)
	}
}
