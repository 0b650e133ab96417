package scanner

import (
	"fmt"
	"regexp"

	sitter "github.com/smacker/go-tree-sitter"
)

// queryPred is one text predicate of a query pattern (#eq?, #not-eq?,
// #match?, #not-match?), resolved once when the query is compiled.
// go-tree-sitter's QueryCursor.FilterPredicates does the same work on every
// match, re-reading the predicates through cgo and recompiling each regex.
type queryPred struct {
	op    predOp
	left  uint32         // capture id
	right int            // capture id of the right side, -1 when it is a string
	value string         // right side string (eq / not-eq)
	re    *regexp.Regexp // match / not-match
}

type predOp uint8

const (
	predEq predOp = iota
	predNotEq
	predMatch
	predNotMatch
)

// compilePredicates reads the text predicates of every pattern of q.
// Predicates with other operators are ignored, as FilterPredicates does.
func compilePredicates(q *sitter.Query) ([][]queryPred, error) {
	out := make([][]queryPred, q.PatternCount())
	for i := range out {
		for _, steps := range q.PredicatesForPattern(uint32(i)) {
			if len(steps) == 0 || steps[0].Type != sitter.QueryPredicateStepTypeString {
				continue
			}
			var p queryPred
			switch op := q.StringValueForId(steps[0].ValueId); op {
			case "eq?", "not-eq?":
				p.op = predEq
				if op == "not-eq?" {
					p.op = predNotEq
				}
			case "match?", "not-match?":
				p.op = predMatch
				if op == "not-match?" {
					p.op = predNotMatch
				}
			default:
				continue
			}
			if len(steps) < 3 || steps[1].Type != sitter.QueryPredicateStepTypeCapture {
				return nil, fmt.Errorf("pattern %d: #%s needs a capture and a value", i, q.StringValueForId(steps[0].ValueId))
			}
			p.left, p.right = steps[1].ValueId, -1
			if steps[2].Type == sitter.QueryPredicateStepTypeCapture {
				if p.op == predMatch || p.op == predNotMatch {
					return nil, fmt.Errorf("pattern %d: #match? needs a regex string", i)
				}
				p.right = int(steps[2].ValueId)
			} else {
				p.value = q.StringValueForId(steps[2].ValueId)
			}
			if p.op == predMatch || p.op == predNotMatch {
				re, err := regexp.Compile(p.value)
				if err != nil {
					return nil, fmt.Errorf("pattern %d: #match? regex: %v", i, err)
				}
				p.re = re
			}
			out[i] = append(out[i], p)
		}
	}
	return out, nil
}

// predicatesHold evaluates preds on the captures of one match with the same
// semantics as FilterPredicates: for eq between two captures the first
// point at which both have been seen decides; for a string or a regex every
// capture of that name must satisfy the predicate.
func predicatesHold(preds []queryPred, caps []capRef, src []byte) bool {
	for i := range preds {
		p := &preds[i]
		positive := p.op == predEq || p.op == predMatch
		switch {
		case p.right >= 0:
			l, r := -1, -1
			for j := range caps {
				if caps[j].index == p.left {
					l = j
				}
				if int(caps[j].index) == p.right {
					r = j
				}
				if l >= 0 && r >= 0 {
					if (caps[l].text(src) == caps[r].text(src)) != positive {
						return false
					}
					break
				}
			}
		case p.re != nil:
			for j := range caps {
				if caps[j].index == p.left && p.re.MatchString(caps[j].text(src)) != positive {
					return false
				}
			}
		default:
			for j := range caps {
				if caps[j].index == p.left && (caps[j].text(src) == p.value) != positive {
					return false
				}
			}
		}
	}
	return true
}
