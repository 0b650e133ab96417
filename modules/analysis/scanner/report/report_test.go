package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"vigil/modules/analysis/scanner"
)

const app = `import os
from flask import request


def run(cur, target):
    uid = request.args.get("id")
    cur.execute("SELECT * FROM t WHERE id = " + uid)
    # vigil:ignore VGL-PY-CMDI-002 target comes from the deploy configuration, never from a request
    os.system("echo " + target)
`

func scanTree(t *testing.T, files map[string]string) (*scanner.Result, string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := scanner.Scan(context.Background(), dir, scanner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res, dir
}

func TestSARIFValidAgainstOfficialSchema(t *testing.T) {
	res, _ := scanTree(t, map[string]string{"src/app.py": app, "web/x.js": "document.write(location.hash)\n"})
	res.Notes = append(res.Notes, scanner.Note{Pass: "deps", Level: "warning", Message: "no OSV source: dependency check skipped"})
	res.Findings = append(res.Findings, scanner.Finding{RuleID: "VGL-SECRET-AWS-001", Kind: scanner.KindSecret, Title: "AWS key",
		Message: "AWS access key AKIA****", Severity: scanner.SeverityHigh, Confidence: scanner.ConfidenceHigh, CWE: []string{"CWE-798"},
		Location: scanner.Location{Path: "src/conf.py", StartLine: 3, StartColumn: 1, EndLine: 3, EndColumn: 20}, Snippet: "KEY = 'AKIA****'", Fingerprint: "abc"})
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, res, "1.0.0"); err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	f, err := os.Open("../../../../testdata/scanner/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF invalid: %v", err)
	}

	// GitHub code scanning fields
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string         `json:"id"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Suppressions []struct {
					Kind          string `json:"kind"`
					Justification string `json:"justification"`
				} `json:"suppressions"`
				CodeFlows []any `json:"codeFlows"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	for _, r := range run.Tool.Driver.Rules {
		if r.Properties["security-severity"] == nil || r.Properties["tags"] == nil {
			t.Errorf("rule %s lacks security-severity or tags: %v", r.ID, r.Properties)
		}
	}
	var sawSuppressed, sawFlow, sawSecret bool
	for _, r := range run.Results {
		if r.PartialFingerprints["primaryLocationLineHash"] == "" || r.PartialFingerprints[FingerprintKey] == "" {
			t.Errorf("%s: partial fingerprints %v", r.RuleID, r.PartialFingerprints)
		}
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if strings.HasPrefix(uri, "/") || strings.Contains(uri, `\`) {
			t.Errorf("URI %q is not repo-relative", uri)
		}
		if len(r.Suppressions) > 0 {
			sawSuppressed = r.Suppressions[0].Kind == "inSource" && r.Suppressions[0].Justification != ""
		}
		if r.RuleID == "VGL-PY-SQLI-001" && len(r.CodeFlows) == 1 {
			sawFlow = true
		}
		if r.RuleID == "VGL-SECRET-AWS-001" {
			sawSecret = true
		}
	}
	if !sawSuppressed || !sawFlow || !sawSecret {
		t.Errorf("suppressed=%v codeFlow=%v passFinding=%v", sawSuppressed, sawFlow, sawSecret)
	}
}

func TestBaselineReportsOnlyNewFindings(t *testing.T) {
	for _, format := range []string{"json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			res, _ := scanTree(t, map[string]string{"app.py": app})
			var buf bytes.Buffer
			var err error
			if format == "json" {
				err = WriteJSON(&buf, res, "dev")
			} else {
				err = WriteSARIF(&buf, res, "dev")
			}
			if err != nil {
				t.Fatal(err)
			}
			base := filepath.Join(t.TempDir(), "base."+format)
			if err := os.WriteFile(base, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			b, err := LoadBaseline(base)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) == 0 {
				t.Fatal("empty baseline")
			}
			// the same code shifted down plus one new problem
			edited := "# new header\n\n" + app + "\n\ndef other():\n    eval(request.args['code'])\n"
			res2, _ := scanTree(t, map[string]string{"app.py": edited})
			total := len(res2.Findings)
			removed := b.Apply(res2)
			if removed == 0 || removed != total-len(res2.Findings) {
				t.Fatalf("removed %d of %d", removed, total)
			}
			for _, f := range res2.Findings {
				if !strings.Contains(f.Snippet, "eval") {
					t.Errorf("old finding reported again: %s %s", f.RuleID, f.Snippet)
				}
			}
			if len(res2.Findings) == 0 {
				t.Errorf("new finding lost")
			}
		})
	}
}

func TestTextOutput(t *testing.T) {
	res, _ := scanTree(t, map[string]string{"app.py": app})
	var plain, color bytes.Buffer
	if err := WriteText(&plain, res, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&color, res, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("plain output has ANSI escapes")
	}
	if !strings.Contains(color.String(), "\x1b[") {
		t.Errorf("colour output has no ANSI escapes")
	}
	for _, want := range []string{"app.py", "VGL-PY-SQLI-001", "source", "sink", "suppressed (inline)", "Summary:", " 1 file scanned "} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, plain.String())
		}
	}
}

// A check that did not run (dependencies without an OSV source) is a
// warning that leads the notes, not one more line among them.
func TestTextWarningsStandOut(t *testing.T) {
	res := &scanner.Result{Notes: []scanner.Note{
		{Pass: "baseline", Level: "info", Message: "2 finding(s) already in the baseline were omitted"},
		{Pass: "dependencies", Level: "warning", Message: "3 package version(s) from 1 manifest(s) not checked for known vulnerabilities"},
	}}
	var out bytes.Buffer
	if err := WriteText(&out, res, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	w := strings.Index(s, "Warning [dependencies]: 3 package version(s)")
	n := strings.Index(s, "Note [baseline/info]")
	if w < 0 || n < 0 || w > n {
		t.Errorf("warning not shown first as a warning:\n%s", s)
	}
}
