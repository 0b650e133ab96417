package tracing_test

import (
	"context"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
	coltrace "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"

	"vigil/platform/config"
	"vigil/platform/httpserver"
	"vigil/platform/logging"
	"vigil/platform/logging/logtest"
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

// TestRequestSpanReachesCollectorBesideRequestID serves requests with
// tracing on and checks that the span, named by route, reaches the OTLP
// endpoint; that a client's traceparent continues its trace but never
// becomes the request id (nginx's X-Request-ID stays, or the server makes
// one); and that the access log carries the trace id as trace_id beside
// the request id.
func TestRequestSpanReachesCollectorBesideRequestID(t *testing.T) {
	rcv := &receiver{spans: map[string]string{}}
	collector := httptest.NewServer(rcv)
	defer collector.Close()
	ctx := context.Background()
	stop, err := tracing.Setup(ctx, collector.URL, "test")
	if err != nil {
		t.Fatal(err)
	}
	var logs logtest.Buffer
	srv, err := httpserver.New(httpserver.Options{Logger: logging.New(&logs, config.Log{Level: "info"}), Tracing: true})
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

	const clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736"
	tests := []struct {
		name      string
		requestID string // sent by nginx; "" for none
		want      string // "" for any server-made id
	}{
		{"behind nginx", "edge-7f3a", "edge-7f3a"},
		{"direct", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+"/api/v1/things/42", nil)
			req.Header.Set("traceparent", "00-"+clientTrace+"-00f067aa0ba902b7-01")
			if tt.requestID != "" {
				req.Header.Set("X-Request-ID", tt.requestID)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			rid := resp.Header.Get("X-Request-ID")
			if rid == "" || rid == clientTrace || (tt.want != "" && rid != tt.want) {
				t.Fatalf("request id %q, want %q (never the client's trace id)", rid, tt.want)
			}
			line := logs.LineWith(`"request_id":"` + rid + `"`)
			if !strings.Contains(line, `"trace_id":"`+clientTrace+`"`) {
				t.Fatalf("access log line lacks the trace id: %s", line)
			}
		})
	}
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
			if traceID != clientTrace {
				t.Fatalf("span trace id %s, want the client's %s", traceID, clientTrace)
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
