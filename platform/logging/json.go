package logging

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// jsonHandler writes one JSON object per record, like slog.JSONHandler,
// for a fraction of its cost: attributes added with With are encoded once
// (not on every record), values are appended straight into a pooled
// buffer, and the redactor runs per attribute with the same semantics as a
// ReplaceAttr function. The access log writes a line per request, which
// made slog's generic handler the largest cost of the HTTP middleware.
type jsonHandler struct {
	w io.Writer
	// mu serialises writes to w; nil when w is a BufferedWriter, which
	// appends each line under its own lock already.
	mu      *sync.Mutex
	level   slog.Leveler
	replace func(groups []string, a slog.Attr) slog.Attr
	// plain are top-level keys replace leaves alone (Redact's plainKeys),
	// skipped without calling it.
	plain map[string]bool
	// pre is the encoded attributes from WithAttrs, each followed by a
	// comma, with the opening of every group from WithGroup.
	pre []byte
	// groups are the names of the open groups, outermost first, and
	// groupAt where each one's "name":{ starts in pre.
	groups  []string
	groupAt []int
	// preGroups counts the innermost open groups that hold no attribute
	// yet: a group opened with WithGroup but never filled is not written.
	preGroups int
	// keptMsg is the last message replace returned unchanged. Messages
	// are mostly constants ("http request" on every request), and replace
	// is a pure function of the attribute (Redact is), so the same message
	// need not be scanned again.
	keptMsg *atomic.Pointer[string]
}

func (h *jsonHandler) msgKept(msg string) bool {
	p := h.keptMsg.Load()
	return p != nil && *p == msg
}

func newJSONHandler(w io.Writer, opts *slog.HandlerOptions) *jsonHandler {
	h := &jsonHandler{w: w, level: opts.Level, replace: opts.ReplaceAttr, keptMsg: &atomic.Pointer[string]{}}
	if _, ok := w.(*BufferedWriter); !ok {
		h.mu = &sync.Mutex{}
	}
	return h
}

// Enabled implements slog.Handler.
func (h *jsonHandler) Enabled(_ context.Context, l slog.Level) bool {
	min := slog.LevelInfo
	if h.level != nil {
		min = h.level.Level()
	}
	return l >= min
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// Handle implements slog.Handler.
func (h *jsonHandler) Handle(_ context.Context, r slog.Record) error {
	return h.write(r.Time, r.Level, r.Message, func(buf []byte) ([]byte, int) {
		n := 0
		r.Attrs(func(a slog.Attr) bool {
			before := len(buf)
			buf = h.appendAttr(buf, h.groups, a)
			if len(buf) > before {
				buf = append(buf, ',')
				n++
			}
			return true
		})
		return buf, n
	})
}

// AppendRecord implements RawAppender.
func (h *jsonHandler) AppendRecord(t time.Time, level slog.Level, msg string, attrs func(buf []byte) []byte) error {
	return h.write(t, level, msg, func(buf []byte) ([]byte, int) {
		before := len(buf)
		buf = attrs(buf)
		if len(buf) == before {
			return buf, 0
		}
		return append(buf, ','), 1
	})
}

// write encodes one record; attrs appends its attributes, each followed by
// a comma, and says how many it wrote.
func (h *jsonHandler) write(t time.Time, level slog.Level, msg string, attrs func(buf []byte) ([]byte, int)) error {
	bp := bufPool.Get().(*[]byte)
	buf := (*bp)[:0]
	buf = append(buf, '{')
	if !t.IsZero() {
		buf = append(buf, `"time":"`...)
		buf = appendTimestamp(buf, t)
		buf = append(buf, `",`...)
	}
	buf = append(buf, `"level":`...)
	buf = appendString(buf, level.String())
	buf = append(buf, `,"msg":`...)
	if h.replace != nil && !h.msgKept(msg) {
		if a := h.replace(nil, slog.String(slog.MessageKey, msg)); a.Value.Kind() == slog.KindString {
			if a.Value.String() == msg {
				kept := msg // only this copy escapes, not every msg
				h.keptMsg.Store(&kept)
			}
			msg = a.Value.String()
		}
	}
	buf = appendString(buf, msg)

	// Attributes of the record go inside the open groups, after pre.
	body := len(buf)
	buf = append(buf, ',')
	buf = append(buf, h.pre...)
	buf, n := attrs(buf)
	switch {
	case n == 0 && h.preGroups > 0:
		// Groups opened by WithGroup but never filled are not written:
		// drop back to the last attribute written before them.
		buf = append(buf[:body+1], h.pre[:h.groupAt[len(h.groups)-h.preGroups]]...)
		buf = closeGroups(buf, len(h.groups)-h.preGroups)
	default:
		buf = closeGroups(buf, len(h.groups))
	}
	if buf[len(buf)-1] == ',' {
		buf = buf[:len(buf)-1]
	}
	buf = append(buf, '}', '\n')

	if h.mu != nil {
		h.mu.Lock()
	}
	_, err := h.w.Write(buf)
	if h.mu != nil {
		h.mu.Unlock()
	}
	*bp = buf
	if cap(buf) <= 64<<10 {
		bufPool.Put(bp)
	}
	return err
}

// closeGroups ends count open objects, dropping a trailing comma first.
func closeGroups(buf []byte, count int) []byte {
	for range count {
		if buf[len(buf)-1] == ',' {
			buf = buf[:len(buf)-1]
		}
		buf = append(buf, '}', ',')
	}
	return buf
}

// appendAttr writes "key":value (nothing for an empty attribute or an
// empty group) and no trailing comma.
func (h *jsonHandler) appendAttr(buf []byte, groups []string, a slog.Attr) []byte {
	a.Value = a.Value.Resolve()
	if h.replace != nil && a.Value.Kind() != slog.KindGroup && !(len(groups) == 0 && h.plain[a.Key]) {
		a = h.replace(groups, a)
		a.Value = a.Value.Resolve()
	}
	if a.Equal(slog.Attr{}) {
		return buf
	}
	if a.Value.Kind() == slog.KindGroup {
		attrs := a.Value.Group()
		if len(attrs) == 0 {
			return buf
		}
		keyAt := len(buf)
		if a.Key != "" {
			buf = appendString(buf, a.Key)
			buf = append(buf, ':', '{')
			groups = append(groups[:len(groups):len(groups)], a.Key)
		}
		start := len(buf)
		for _, ga := range attrs {
			before := len(buf)
			buf = h.appendAttr(buf, groups, ga)
			if len(buf) > before {
				buf = append(buf, ',')
			}
		}
		if len(buf) > start && buf[len(buf)-1] == ',' {
			buf = buf[:len(buf)-1]
		}
		if a.Key != "" {
			if len(buf) == start { // every member was empty
				return buf[:keyAt]
			}
			buf = append(buf, '}')
		}
		return buf
	}
	buf = appendString(buf, a.Key)
	buf = append(buf, ':')
	return appendValue(buf, a.Value)
}

func appendValue(buf []byte, v slog.Value) []byte {
	switch v.Kind() {
	case slog.KindString:
		return appendString(buf, v.String())
	case slog.KindInt64:
		return strconv.AppendInt(buf, v.Int64(), 10)
	case slog.KindUint64:
		return strconv.AppendUint(buf, v.Uint64(), 10)
	case slog.KindFloat64:
		f := v.Float64()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return appendString(buf, strconv.FormatFloat(f, 'g', -1, 64))
		}
		return strconv.AppendFloat(buf, f, 'g', -1, 64)
	case slog.KindBool:
		return strconv.AppendBool(buf, v.Bool())
	case slog.KindDuration:
		return strconv.AppendInt(buf, int64(v.Duration()), 10)
	case slog.KindTime:
		buf = append(buf, '"')
		buf = v.Time().AppendFormat(buf, time.RFC3339Nano)
		return append(buf, '"')
	}
	switch x := v.Any().(type) {
	case error:
		return appendString(buf, x.Error())
	case json.Marshaler, nil:
		// fall through to Marshal
	}
	b, err := json.Marshal(v.Any())
	if err != nil {
		return appendString(buf, "!ERROR:"+err.Error())
	}
	return append(buf, b...)
}

// WithAttrs implements slog.Handler: the attributes are encoded now.
func (h *jsonHandler) WithAttrs(as []slog.Attr) slog.Handler {
	if len(as) == 0 {
		return h
	}
	h2 := *h
	pre := append([]byte(nil), h.pre...)
	wrote := false
	for _, a := range as {
		before := len(pre)
		pre = h.appendAttr(pre, h.groups, a)
		if len(pre) > before {
			pre = append(pre, ',')
			wrote = true
		}
	}
	h2.pre = pre
	if wrote {
		h2.preGroups = 0
	}
	return &h2
}

// WithGroup implements slog.Handler.
func (h *jsonHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	h2 := *h
	h2.groupAt = append(h.groupAt[:len(h.groupAt):len(h.groupAt)], len(h.pre))
	h2.pre = appendString(append([]byte(nil), h.pre...), name)
	h2.pre = append(h2.pre, ':', '{')
	h2.groups = append(h.groups[:len(h.groups):len(h.groups)], name)
	h2.preGroups = h.preGroups + 1
	return &h2
}

// RawAppender is implemented by Vigil's JSON handlers: a hot path (the
// access log) appends its attributes as JSON itself, skipping slog's
// record and attribute machinery. Values must already be redacted
// (RedactString) where they could hold secrets.
type RawAppender interface {
	// AppendRecord writes one record; attrs appends "key":value pairs
	// separated by commas, with no trailing comma.
	AppendRecord(t time.Time, level slog.Level, msg string, attrs func(buf []byte) []byte) error
}

// AppendJSONString appends s as a JSON string (for RawAppender callers).
func AppendJSONString(buf []byte, s string) []byte { return appendString(buf, s) }

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced, and <, >, & escaped as
// encoding/json does so a log line is safe to embed in HTML.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch b {
			case '"', '\\':
				buf = append(buf, '\\', b)
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}
