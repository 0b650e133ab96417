package cortex

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Answer schemas, one per task. They are strict (no extra properties) and
// bounded so a model cannot smuggle unbounded text into a report.
var schemaSources = map[string]string{
	"triage": `{
  "type": "object",
  "additionalProperties": false,
  "required": ["verdict", "confidence", "reason"],
  "properties": {
    "verdict": {"enum": ["true_positive", "false_positive"]},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    "reason": {"type": "string", "minLength": 1, "maxLength": 2000}
  }
}`,
	"review": `{
  "type": "object",
  "additionalProperties": false,
  "required": ["findings"],
  "properties": {
    "findings": {
      "type": "array",
      "maxItems": 20,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["title", "severity", "cwe", "start_line", "end_line", "quote", "explanation", "confidence"],
        "properties": {
          "title": {"type": "string", "minLength": 1, "maxLength": 200},
          "severity": {"enum": ["critical", "high", "medium", "low", "info"]},
          "cwe": {"type": "string", "pattern": "^CWE-[0-9]{1,5}$"},
          "start_line": {"type": "integer", "minimum": 1},
          "end_line": {"type": "integer", "minimum": 1},
          "quote": {"type": "string", "minLength": 1, "maxLength": 4000},
          "explanation": {"type": "string", "minLength": 1, "maxLength": 4000},
          "confidence": {"type": "number", "minimum": 0, "maximum": 1}
        }
      }
    }
  }
}`,
	"fix": `{
  "type": "object",
  "additionalProperties": false,
  "required": ["diff", "explanation"],
  "properties": {
    "diff": {"type": "string", "minLength": 1, "maxLength": 20000},
    "explanation": {"type": "string", "minLength": 1, "maxLength": 4000}
  }
}`,
	"recheck": `{
  "type": "object",
  "additionalProperties": false,
  "required": ["verdict", "confidence", "reason"],
  "properties": {
    "verdict": {"enum": ["confirmed", "refuted"]},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    "reason": {"type": "string", "minLength": 1, "maxLength": 2000}
  }
}`,
	"summary": `{
  "type": "object",
  "additionalProperties": false,
  "required": ["summary", "top_risks"],
  "properties": {
    "summary": {"type": "string", "minLength": 1, "maxLength": 4000},
    "top_risks": {"type": "array", "maxItems": 5, "items": {"type": "string", "minLength": 1, "maxLength": 300}}
  }
}`,
}

// schemas holds the compiled answer schemas.
type schemas struct {
	compiled map[string]*jsonschema.Schema
}

func compileSchemas() (*schemas, error) {
	s := &schemas{compiled: map[string]*jsonschema.Schema{}}
	for name, src := range schemaSources {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(src))
		if err != nil {
			return nil, fmt.Errorf("cortex: schema %s: %w", name, err)
		}
		c := jsonschema.NewCompiler()
		url := "vigil:cortex/" + name + ".json"
		if err := c.AddResource(url, doc); err != nil {
			return nil, fmt.Errorf("cortex: schema %s: %w", name, err)
		}
		sch, err := c.Compile(url)
		if err != nil {
			return nil, fmt.Errorf("cortex: schema %s: %w", name, err)
		}
		s.compiled[name] = sch
	}
	return s, nil
}

// validate parses text as JSON (tolerating a ```json fence some models add)
// and checks it against the task's schema, then decodes it into out.
func (s *schemas) validate(name, text string, out any) error {
	text = stripFence(text)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("answer is not valid JSON: %w", err)
	}
	if err := s.compiled[name].Validate(inst); err != nil {
		return fmt.Errorf("answer does not match the schema: %s", strings.TrimSpace(err.Error()))
	}
	if err := json.Unmarshal([]byte(text), out); err != nil {
		return fmt.Errorf("answer cannot be decoded: %w", err)
	}
	return nil
}

func stripFence(text string) string {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "```") {
		t = strings.TrimPrefix(t, "```json")
		t = strings.TrimPrefix(t, "```")
		t = strings.TrimSuffix(strings.TrimSpace(t), "```")
	}
	return strings.TrimSpace(t)
}
