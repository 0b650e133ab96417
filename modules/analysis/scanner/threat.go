package scanner

import (
	"strings"
)

// localSource reports whether a taint finding's data comes only from the
// process itself: its environment, command line or standard input.
func localSource(f Finding) bool {
	if f.Kind != KindTaint || len(f.Trace) == 0 || f.Trace[0].Kind != "source" {
		return false
	}
	m := f.Trace[0].Message
	return strings.HasPrefix(m, envSourcePrefix) || strings.HasPrefix(m, localSourcePrefix)
}

// applyThreatModel leaves out flows whose only source is the process's own
// environment, command line or standard input, unless the scan asks for
// them (Options.LocalSources, `local_sources: true`). Whoever sets those
// already runs the program with its privileges: Flask reading PYTHONSTARTUP
// or a release script passing its arguments to git is the design, not a
// weakness (CodeQL's default threat model makes the same choice). C and
// C++ keep them: a setuid program's argv and environment are attacker
// input, and memory errors from them are exploitable. How many were left
// out is said in a note, never silently.
func (s *scanState) applyThreatModel() {
	if s.opts.LocalSources || s.cfg.LocalSources {
		return
	}
	kept := s.res.Findings[:0]
	n := 0
	for _, f := range s.res.Findings {
		if localSource(f) {
			if l := DetectLanguage(f.Location.Path); l != "c" && l != "cpp" {
				n++
				continue
			}
		}
		kept = append(kept, f)
	}
	s.res.Findings = kept
	if n > 0 {
		s.res.Notes = append(s.res.Notes, Note{Pass: "taint", Level: "info",
			Message: Count(n, "data flow", "data flows") + " from the environment, command line or standard input not reported (local_sources: true in .vigil.yml reports them)"})
	}
}
