package models

import "regexp"

// View is the part of a Set that applies to one language and some sink
// kinds: what a rule of those kinds adds to its own sources, sinks and
// sanitisers. It is read-only and safe for concurrent use.
type View struct {
	Sources     []Source
	Sinks       []Sink
	Sanitizers  []Sanitizer
	Propagators []Propagator
	Validators  []Validator
	Effects     []Effect
}

// For returns the models of a language for rules of the given sink kinds.
func (s *Set) For(language string, kinds []string) *View {
	v := &View{}
	if s == nil {
		return v
	}
	for _, pk := range s.packs {
		if pk.Language != language {
			continue
		}
		for _, src := range pk.Sources {
			if hasKind(src.Kinds, kinds) && !allExcepted(src.ExceptKinds, kinds) {
				v.Sources = append(v.Sources, src)
			}
		}
		for _, sk := range pk.Sinks {
			if len(kinds) > 0 && hasKind([]string{sk.Kind}, kinds) {
				v.Sinks = append(v.Sinks, sk)
			}
		}
		for _, sn := range pk.Sanitizers {
			if hasKind(sn.Kinds, kinds) {
				v.Sanitizers = append(v.Sanitizers, sn)
			}
		}
		v.Propagators = append(v.Propagators, pk.Propagators...)
		for _, va := range pk.Validators {
			if hasKind(va.Kinds, kinds) {
				v.Validators = append(v.Validators, va)
			}
		}
		for _, e := range pk.Effects {
			if len(kinds) > 0 && hasKind([]string{e.Kind}, kinds) {
				v.Effects = append(v.Effects, e)
			}
		}
	}
	return v
}

// Matches reports whether a source's pattern matches a canonical name.
func (s *Source) Matches(name string) bool { return s.re.MatchString(name) }

// IsExpr, IsCall and IsDecorator say what the source matches.
func (s *Source) IsExpr() bool { return s.Expr != "" }

// IsCall reports whether the source is a call's result.
func (s *Source) IsCall() bool { return s.Call != "" }

// IsDecorator reports whether the source is the parameters of decorated functions.
func (s *Source) IsDecorator() bool { return s.Decorator != "" }

// ParamExcluded reports whether a parameter declaration is exempt.
func (s *Source) ParamExcluded(decl string) bool {
	return s.exceptRe != nil && s.exceptRe.MatchString(decl)
}

// Matches reports whether a sink's call pattern matches a canonical callee.
func (s *Sink) Matches(callee string) bool { return s.re.MatchString(callee) }

// PropPaths returns the parsed property positions of a sink (nil without any).
func (s *Sink) PropPaths() map[int][][]string { return s.props }

// WhereRe is the compiled Where regex (nil when unset).
func (s *Sink) WhereRe() *regexp.Regexp { return s.whereRe }

// IsAssign reports whether the sanitiser is an assignment to a place
// (Matches then takes the place's text).
func (s *Sanitizer) IsAssign() bool { return s.Assign != "" }

// NotInFuncRe is the compiled NotInFunction regex (nil when unset).
func (s *Sink) NotInFuncRe() *regexp.Regexp { return s.notInFuncRe }

// NotWhereRe is the compiled NotWhere regex (nil when unset).
func (s *Sink) NotWhereRe() *regexp.Regexp { return s.notWhereRe }

// NotInFileRe is the compiled NotInFile regex (nil when unset).
func (s *Sink) NotInFileRe() *regexp.Regexp { return s.notInFileRe }

// WhereRe is the compiled Where regex of a sanitiser (nil when unset).
func (s *Sanitizer) WhereRe() *regexp.Regexp { return s.whereRe }

// Matches reports whether a sanitiser's pattern matches a canonical callee.
func (s *Sanitizer) Matches(callee string) bool { return s.re.MatchString(callee) }

// Matches reports whether a propagator applies to a call, given its
// canonical callee and the last segment of a method call ("" otherwise).
func (p *Propagator) Matches(callee, method string) bool {
	if p.Method != "" {
		return method == p.Method
	}
	return p.re.MatchString(callee)
}

// WhereRe is the compiled Where regex of a call source (nil when unset).
func (s *Source) WhereRe() *regexp.Regexp { return s.whereRe }

// Re is the compiled pattern of a source (to combine several into one).
func (s *Source) Re() *regexp.Regexp { return s.re }

// Re is the compiled call pattern of a sink.
func (s *Sink) Re() *regexp.Regexp { return s.re }

// Re is the compiled call pattern of a sanitiser.
func (s *Sanitizer) Re() *regexp.Regexp { return s.re }
