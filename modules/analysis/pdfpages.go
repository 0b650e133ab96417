package analysis

import (
	"bytes"
	"regexp"
	"strconv"
)

// The PDF export's table of contents shows the page each section starts on.
// Chromium cannot print target-counter(), so the report is printed twice:
// the first PDF says where each anchor landed (its named destinations, which
// Chromium writes for every in-document link target), the second prints
// those numbers. The readers below understand the plain objects Chromium
// (Skia) writes: a cross-reference table, no object streams, uncompressed
// dictionaries.

var (
	pdfStartXRef = regexp.MustCompile(`startxref\s+(\d+)`)
	pdfXRefHead  = regexp.MustCompile(`^xref\s+`)
	pdfSubsect   = regexp.MustCompile(`^(\d+)\s+(\d+)\s*[\r\n]+`)
	pdfRootRef   = regexp.MustCompile(`/Root\s+(\d+)\s+\d+\s+R`)
	pdfDestsRef  = regexp.MustCompile(`/Dests\s+(\d+)\s+\d+\s+R`)
	pdfPagesRef  = regexp.MustCompile(`/Pages\s+(\d+)\s+\d+\s+R`)
	pdfKids      = regexp.MustCompile(`/Kids\s*\[([^\]]*)\]`)
	pdfRef       = regexp.MustCompile(`(\d+)\s+\d+\s+R`)
	pdfTypePages = regexp.MustCompile(`/Type\s*/Pages\b`)
	pdfDestEntry = regexp.MustCompile(`/([^\s/\[\]<>()%{}]+)\s*\[\s*(\d+)\s+\d+\s+R`)
)

// pdfObjects reads the cross-reference table of pdf: object number to the
// offset of its "N G obj" line. Nil when pdf has none it can read.
func pdfObjects(pdf []byte) map[int]int {
	ms := pdfStartXRef.FindAllSubmatch(pdf, -1)
	if len(ms) == 0 {
		return nil
	}
	off, err := strconv.Atoi(string(ms[len(ms)-1][1]))
	if err != nil || off < 0 || off >= len(pdf) {
		return nil
	}
	rest := pdf[off:]
	h := pdfXRefHead.Find(rest)
	if h == nil {
		return nil
	}
	rest = rest[len(h):]
	objs := map[int]int{}
	for {
		m := pdfSubsect.FindSubmatch(rest)
		if m == nil {
			break
		}
		first, _ := strconv.Atoi(string(m[1]))
		n, _ := strconv.Atoi(string(m[2]))
		rest = rest[len(m[0]):]
		for i := 0; i < n; i++ {
			// each entry is 20 bytes: "oooooooooo ggggg n\r\n" (or " \n" / "\r\n" endings)
			if len(rest) < 18 {
				return objs
			}
			entry := rest[:18]
			if entry[17] == 'n' {
				if o, err := strconv.Atoi(string(entry[:10])); err == nil && o < len(pdf) {
					objs[first+i] = o
				}
			}
			rest = bytes.TrimLeft(rest[18:], " \r\n")
		}
	}
	return objs
}

// pdfObject returns the dictionary text of object num (up to its stream or
// endobj), or nil.
func pdfObject(pdf []byte, objs map[int]int, num int) []byte {
	off, ok := objs[num]
	if !ok {
		return nil
	}
	body := pdf[off:]
	end := len(body)
	for _, stop := range [][]byte{[]byte("endobj"), []byte("stream")} {
		if i := bytes.Index(body[:end], stop); i >= 0 {
			end = i
		}
	}
	return body[:end]
}

// pdfDestPages maps each named destination of a PDF written by Chromium to
// the number of the page it points into (1 for the first page). Empty when
// the file is not one it can read (a stand-in browser, another writer).
func pdfDestPages(pdf []byte) map[string]int {
	out := map[string]int{}
	objs := pdfObjects(pdf)
	if objs == nil {
		return out
	}
	trailer := pdf[bytes.LastIndex(pdf, []byte("trailer"))+1:]
	root := pdfRootRef.FindSubmatch(trailer)
	if root == nil {
		return out
	}
	catalog := pdfObject(pdf, objs, pdfInt(root[1]))
	dests, pages := pdfDestsRef.FindSubmatch(catalog), pdfPagesRef.FindSubmatch(catalog)
	if dests == nil || pages == nil {
		return out
	}
	// page objects in document order: a depth-first walk of the page tree
	number := map[int]int{}
	var walk func(num, depth int)
	walk = func(num, depth int) {
		if depth > 32 {
			return
		}
		obj := pdfObject(pdf, objs, num)
		if !pdfTypePages.Match(obj) {
			number[num] = len(number) + 1
			return
		}
		if kids := pdfKids.FindSubmatch(obj); kids != nil {
			for _, k := range pdfRef.FindAllSubmatch(kids[1], -1) {
				walk(pdfInt(k[1]), depth+1)
			}
		}
	}
	walk(pdfInt(pages[1]), 0)
	for _, e := range pdfDestEntry.FindAllSubmatch(pdfObject(pdf, objs, pdfInt(dests[1])), -1) {
		if p, ok := number[pdfInt(e[2])]; ok {
			out[pdfName(e[1])] = p
		}
	}
	return out
}

// pdfName decodes the #xx escapes of a PDF name.
func pdfName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// pdfInt parses a decimal number (0 when it is not one).
func pdfInt(b []byte) int {
	n, _ := strconv.Atoi(string(b))
	return n
}
