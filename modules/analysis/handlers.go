package analysis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"vigil/modules/analysis/internal/intake"
	"vigil/modules/analysis/internal/store"
	"vigil/platform/errs"
	"vigil/platform/httpserver"
)

// pasteBody is the JSON form of POST /analyses and /analyses/quote.
type pasteBody struct {
	Tier     string  `json:"tier"`
	Filename string  `json:"filename"`
	Content  string  `json:"content"`
	Name     string  `json:"name"`
	Project  string  `json:"project"`
	Options  Options `json:"options"`
}

// readRequest parses a multipart upload (files in "files", tier in
// "tier", options as JSON in "options") or a JSON paste. Uploaded files
// live in sp, which the caller closes once the request is handled.
func (s *Service) readRequest(c echo.Context, sp *spooled) (*Request, error) {
	req := c.Request()
	mt, _, _ := mime.ParseMediaType(req.Header.Get(echo.HeaderContentType))
	switch mt {
	case echo.MIMEApplicationJSON:
		var b pasteBody
		dec := json.NewDecoder(req.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&b); err != nil {
			return nil, bodyError(err)
		}
		name := strings.TrimSpace(b.Filename)
		if name == "" {
			return nil, errs.Invalid("a paste needs a file name", errs.FieldError{Field: "filename", Message: "is required (the extension selects the language, e.g. snippet.py)"})
		}
		b.Options.AIBudgetUSD = 0
		r := &Request{Tier: b.Tier, Name: b.Name, Project: b.Project, Options: b.Options,
			Source: Source{Kind: "paste", Parts: []intake.Part{{Name: name, Data: []byte(b.Content)}}}}
		if r.Name == "" {
			r.Name = name
		}
		return r, nil
	case echo.MIMEMultipartForm:
		// Files are spooled to disk as they arrive (see readUpload); the
		// body limit (upload route) and intake's MaxUploadBytes bound them.
		mr, err := req.MultipartReader()
		if err != nil {
			return nil, bodyError(err)
		}
		return s.readUpload(mr, sp)
	}
	return nil, errs.New(errs.KindBadRequest, "send multipart/form-data (files in field \"files\", tier in field \"tier\") or application/json {\"tier\",\"filename\",\"content\"}")
}

func bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return errs.Wrap(errs.KindTooLarge, err, fmt.Sprintf("the request body is larger than %d bytes", mbe.Limit))
	}
	return errs.Wrap(errs.KindBadRequest, err, "the request body could not be read: "+err.Error())
}

func (s *Service) handleCreate(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionCreate); err != nil {
		return err // before reading an upload from someone not allowed to send one
	}
	var sp spooled
	defer sp.close()
	r, err := s.readRequest(c, &sp)
	if err != nil {
		return err
	}
	out, err := s.Create(c.Request().Context(), r)
	if err != nil {
		return err
	}
	c.Response().Header().Set(echo.HeaderLocation, "/api/v1/analyses/"+out.ID)
	return c.JSON(http.StatusCreated, out)
}

func (s *Service) handleQuote(c echo.Context) error {
	if _, err := s.authorize(c.Request().Context(), ActionCreate); err != nil {
		return err
	}
	var sp spooled
	defer sp.close()
	r, err := s.readRequest(c, &sp)
	if err != nil {
		return err
	}
	q, err := s.QuoteAnalysis(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}

func limitParam(c echo.Context) (int, error) {
	v := c.QueryParam("limit")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 500 {
		return 0, errs.Invalid("invalid limit", errs.FieldError{Field: "limit", Message: "must be an integer from 1 to 500"})
	}
	return n, nil
}

func (s *Service) handleList(c echo.Context) error {
	limit, err := limitParam(c)
	if err != nil {
		return err
	}
	out, err := s.List(c.Request().Context(), c.QueryParam("project"), c.QueryParam("cursor"), limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleGet(c echo.Context) error {
	out, err := s.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleCancel(c echo.Context) error {
	out, err := s.Cancel(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleDelete(c echo.Context) error {
	if err := s.Delete(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// listParam accepts "a,b" and repeated parameters.
func listParam(c echo.Context, name string) []string {
	var out []string
	for _, v := range c.QueryParams()[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func (s *Service) handleFindings(c echo.Context) error {
	limit, err := limitParam(c)
	if err != nil {
		return err
	}
	search := c.QueryParam("search")
	if search == "" {
		search = c.QueryParam("q")
	}
	flt := FindingFilter{
		Severity: listParam(c, "severity"), Confidence: listParam(c, "confidence"),
		Category: c.QueryParam("category"), CWE: c.QueryParam("cwe"), OWASP: c.QueryParam("owasp"),
		File: c.QueryParam("file"), Rule: c.QueryParam("rule"), AIVerdict: c.QueryParam("ai_verdict"),
		Triage: c.QueryParam("triage"), Search: search, Sort: c.QueryParam("sort"), FileKind: c.QueryParam("file_kind"),
	}
	details, err := includeDetails(c.QueryParam("include"))
	if err != nil {
		return err
	}
	body, key, err := s.findingsJSON(c.Request().Context(), c.Param("id"), flt, c.QueryParam("cursor"), limit, details)
	if err != nil {
		return err
	}
	return s.writePage(c, key, body)
}

func (s *Service) handleSummary(c echo.Context) error {
	body, key, err := s.summaryJSON(c.Request().Context(), c.Param("id"), c.QueryParam("scope"), c.QueryParam("file_kind"), topParam(c.QueryParam("top")))
	if err != nil {
		return err
	}
	return s.writePage(c, key, body)
}

// acceptsGzip reports whether a GET request's client accepts gzip.
func acceptsGzip(c echo.Context) bool {
	req := c.Request()
	return req.Method == http.MethodGet && httpserver.AcceptsGzip(req.Header.Get(echo.HeaderAcceptEncoding))
}

// writePage writes a JSON body kept in the page cache under key (""
// when it is not). A cached page carries a weak ETag naming its key (the
// key holds everything the body depends on: the analysis at its
// updated_at, or the workspace at its version, and the parameters), and
// a client that already has it gets 304 Not Modified; the caller has
// authorized the request first. It is sent gzipped, compressed once in
// the cache, to clients that accept it, else as it is.
func (s *Service) writePage(c echo.Context, key string, body []byte) error {
	if key != "" {
		etag := pageETag(key)
		h := c.Response().Header()
		h.Set(echo.HeaderCacheControl, "private, no-cache")
		h.Set("ETag", etag)
		if etagMatches(c.Request().Header.Get("If-None-Match"), etag) {
			return c.NoContent(http.StatusNotModified)
		}
	}
	if key != "" && len(body) >= pageGzipMin && acceptsGzip(c) {
		if gz, ok := s.pages.getGzip(key); ok {
			return writeJSON(c, gz, true)
		}
	}
	return writeJSON(c, body, false)
}

// pageETag is the weak entity tag of the cached page under key.
func pageETag(key string) string {
	h := fnv.New64a()
	_, _ = io.WriteString(h, key)
	return `W/"` + strconv.FormatUint(h.Sum64(), 36) + `"`
}

// etagMatches applies If-None-Match (a list of tags or "*") with the weak
// comparison RFC 9110 prescribes for it.
func etagMatches(ifNoneMatch, etag string) bool {
	if ifNoneMatch == "" {
		return false
	}
	for _, t := range strings.Split(ifNoneMatch, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
}

// pageGzipMin is the smallest page served gzipped (as the server's gzip
// middleware: below it compression costs more than it saves).
const pageGzipMin = 1024

// writeJSON writes a ready JSON body with its Content-Length (one write,
// no chunked encoding); gzipped bodies get their Content-Encoding, which
// the server's gzip middleware leaves alone.
func writeJSON(c echo.Context, body []byte, gzipped bool) error {
	h := c.Response().Header()
	if gzipped {
		h.Set(echo.HeaderContentEncoding, "gzip")
		if !slices.Contains(h.Values(echo.HeaderVary), echo.HeaderAcceptEncoding) {
			h.Add(echo.HeaderVary, echo.HeaderAcceptEncoding)
		}
	}
	h.Set(echo.HeaderContentLength, strconv.Itoa(len(body)))
	return c.JSONBlob(http.StatusOK, body)
}

func (s *Service) handleFinding(c echo.Context) error {
	out, err := s.Finding(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleTriage(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := s.authorize(ctx, ActionTriage); err != nil {
		return err
	}
	var r TriageRequest
	dec := json.NewDecoder(c.Request().Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return bodyError(err)
	}
	out, err := s.Triage(ctx, c.Param("id"), r)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleCompare(c echo.Context) error {
	out, err := s.Compare(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Service) handleReport(format string) echo.HandlerFunc {
	return func(c echo.Context) error {
		var buf bytes.Buffer
		ct, err := s.Report(c.Request().Context(), c.Param("id"), format, &buf)
		if err != nil {
			return err
		}
		h := c.Response().Header()
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"vigil-%s.%s\"", c.Param("id"), format))
		if format == "html" {
			// The report embeds untrusted code: no scripts, no fetches.
			h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			h.Set("Content-Disposition", "inline")
		}
		return c.Blob(http.StatusOK, ct, buf.Bytes())
	}
}

// handleEvents streams progress as Server-Sent Events. Events come from
// the database, so any replica serves any analysis; the SSE id is the
// event's sequence number, so a reconnect with Last-Event-ID resumes. The
// stream ends after the terminal event, or with a "restarting" event when
// the server shuts down (the stream must not hold the drain; EventSource
// reconnects, to another replica, after the retry it names).
func (s *Service) handleEvents(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := s.authorize(ctx, ActionRead)
	if err != nil {
		return err
	}
	a, err := s.store.Analysis(ctx, p.WorkspaceID, c.Param("id"))
	if err != nil {
		return err
	}
	var after int64
	last := c.Request().Header.Get("Last-Event-ID")
	if last == "" {
		last = c.QueryParam("last_event_id")
	}
	if last != "" {
		if after, err = strconv.ParseInt(last, 10, 64); err != nil || after < 0 {
			return errs.Invalid("invalid Last-Event-ID", errs.FieldError{Field: "Last-Event-ID", Message: "must be a non-negative integer"})
		}
	}
	w := c.Response()
	h := w.Header()
	h.Set(echo.HeaderContentType, "text/event-stream")
	h.Set(echo.HeaderCacheControl, "no-cache")
	h.Set("X-Accel-Buffering", "no") // nginx must not buffer the stream
	rc := http.NewResponseController(w.Writer)
	_ = rc.SetWriteDeadline(time.Time{})
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, "retry: 2000\n\n")
	w.Flush()
	// Woken at once by a notification when there is a hub; the poll is the
	// safety net (slower when notifications cross replicas).
	interval := 500 * time.Millisecond
	var wake <-chan struct{}
	if s.d.Events != nil {
		ch, unsubscribe := s.d.Events.Subscribe(eventsTopic(a.ID))
		defer unsubscribe()
		wake = ch
		if s.d.Events.Cross() {
			interval = 2 * time.Second
		}
	}
	if s.eventsPoll > 0 {
		interval = s.eventsPoll
	}
	poll := time.NewTicker(interval)
	defer poll.Stop()
	stopping := httpserver.Stopping(ctx)
	idle := time.Now()
	for round := 1; ; round++ {
		evs, err := s.store.EventsAfter(ctx, a.ID, after, 100)
		if err != nil {
			return nil // the client reconnects and resumes
		}
		for _, ev := range evs {
			if _, err := fmt.Fprintf(w, "id: %d\nevent: progress\ndata: %s\n\n", ev.Seq, ev.Payload); err != nil {
				return nil
			}
			after = ev.Seq
			if ev.Phase == string(store.StatusCompleted) || ev.Phase == string(store.StatusFailed) || ev.Phase == string(store.StatusCanceled) {
				w.Flush()
				return nil
			}
		}
		if len(evs) > 0 {
			w.Flush()
			idle = time.Now()
		} else if time.Since(idle) > 15*time.Second {
			_, _ = io.WriteString(w, ": keep-alive\n\n")
			w.Flush()
			idle = time.Now()
		}
		if len(evs) == 100 {
			continue
		}
		if round%20 == 0 { // now and then: stop when the analysis was deleted
			if _, err := s.store.Analysis(ctx, p.WorkspaceID, a.ID); err != nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-stopping:
			_, _ = io.WriteString(w, "event: restarting\nretry: 1000\ndata: {\"message\":\"server restarting\"}\n\n")
			w.Flush()
			return nil
		case <-poll.C:
		case <-wake:
		}
	}
}
