package logging

import (
	"sync/atomic"
	"time"
)

// appendTimestamp appends t as time.RFC3339Nano does. Every log line
// starts with one, and lines of the same second share all but the
// fraction: the date, time and zone of the last second seen are kept and
// only the nanoseconds are formatted.
func appendTimestamp(buf []byte, t time.Time) []byte {
	sec := t.Unix()
	e := lastSecond.Load()
	if e == nil || e.sec != sec || e.loc != t.Location() {
		if y := t.Year(); y < 0 || y > 9999 {
			return t.AppendFormat(buf, time.RFC3339Nano) // never cached: not four digits
		}
		e = &secondStamp{sec: sec, loc: t.Location(), head: t.AppendFormat(nil, "2006-01-02T15:04:05"), zone: t.AppendFormat(nil, "Z07:00")}
		lastSecond.Store(e)
	}
	buf = append(buf, e.head...)
	if ns := t.Nanosecond(); ns != 0 {
		var frac [10]byte
		frac[0] = '.'
		for i := 9; i >= 1; i-- {
			frac[i] = byte('0' + ns%10)
			ns /= 10
		}
		n := 10
		for frac[n-1] == '0' {
			n-- // RFC3339Nano drops trailing zeros
		}
		buf = append(buf, frac[:n]...)
	}
	return append(buf, e.zone...)
}

// secondStamp is the formatted date, time and zone of one second in one
// location.
type secondStamp struct {
	sec  int64
	loc  *time.Location
	head []byte
	zone []byte
}

var lastSecond atomic.Pointer[secondStamp]
