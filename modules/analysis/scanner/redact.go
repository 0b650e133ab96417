package scanner

import (
	"sort"
	"strings"
)

// minRedactPiece is the shortest line of a multi-line secret (a key
// block) that is replaced on its own.
const minRedactPiece = 8

// redact masks every value listed in any finding's Redact in the text of
// all findings, then clears the lists, so a secret found by the secrets
// pass does not leak through a rule finding's snippet, a trace step or a
// message.
func redact(fs []Finding) {
	seen := map[string]string{}
	for i := range fs {
		for _, r := range fs[i].Redact {
			if r.Value == "" {
				continue
			}
			seen[r.Value] = r.Mask
			if strings.Contains(r.Value, "\n") {
				for _, piece := range strings.Split(r.Value, "\n") {
					piece = strings.TrimRight(piece, "\r")
					if len(piece) >= minRedactPiece && !strings.HasPrefix(piece, "-----") { // PEM armour is no secret
						if _, ok := seen[piece]; !ok {
							seen[piece] = "********"
						}
					}
				}
			}
		}
		fs[i].Redact = nil
	}
	if len(seen) == 0 {
		return
	}
	values := make([]string, 0, len(seen))
	for v := range seen {
		values = append(values, v)
	}
	// longest first, so a whole value wins over a piece of it
	sort.Slice(values, func(i, j int) bool {
		if len(values[i]) != len(values[j]) {
			return len(values[i]) > len(values[j])
		}
		return values[i] < values[j]
	})
	pairs := make([]string, 0, 2*len(values))
	for _, v := range values {
		pairs = append(pairs, v, seen[v])
	}
	rep := strings.NewReplacer(pairs...)
	for i := range fs {
		f := &fs[i]
		f.Title = rep.Replace(f.Title)
		f.Message = rep.Replace(f.Message)
		f.Snippet = rep.Replace(f.Snippet)
		for j := range f.Trace {
			f.Trace[j].Message = rep.Replace(f.Trace[j].Message)
			f.Trace[j].Snippet = rep.Replace(f.Trace[j].Snippet)
		}
		for k, v := range f.Extra {
			f.Extra[k] = rep.Replace(v)
		}
		if f.Context != nil { // lines around a finding may hold a nearby secret
			for j := range f.Context.Lines {
				f.Context.Lines[j] = rep.Replace(f.Context.Lines[j])
			}
		}
	}
}
