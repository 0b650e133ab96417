package report

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"vigil/modules/analysis/scanner"
)

// placeholders lists where a JSON document holds -1 or an empty array.
func placeholders(v any, path string, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			placeholders(e, path+"."+k, out)
		}
	case []any:
		if len(x) == 0 && !strings.HasSuffix(path, ".results") {
			*out = append(*out, path+" = []")
		}
		for _, e := range x {
			placeholders(e, path+"[]", out)
		}
	case float64:
		if x == -1 {
			*out = append(*out, path+" = -1")
		}
	}
}

// A SARIF export names the tool's version (as a semantic version too), its
// home and each rule's help, carries no placeholder values, and stays valid
// against the SARIF 2.1.0 schema.
func TestSARIFNamesItsVersionWithoutPlaceholders(t *testing.T) {
	res, _ := scanTree(t, map[string]string{"src/app.py": app})
	res.Notes = append(res.Notes, scanner.Note{Pass: "deps", Level: "warning", Message: "dependency check skipped"})
	res.Findings = append(res.Findings, scanner.Finding{RuleID: "VGL-AI-001", Kind: scanner.KindAI, Title: "Missing check", Message: "m",
		Severity: scanner.SeverityLow, Confidence: scanner.ConfidenceLow, Location: scanner.Location{Path: "src/app.py", StartLine: 1, EndLine: 1}, Fingerprint: "ai1"})
	tests := []struct{ version, semantic string }{
		{"1.4.2", "1.4.2"},
		{"v2.0.0-rc.1", "2.0.0-rc.1"},
		{"dev", "0.0.0-dev"},
		{"0513bd0", "0.0.0-0513bd0"},
	}
	sch := sarifSchema(t)
	for _, tc := range tests {
		t.Run(tc.version, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteSARIF(&buf, res, tc.version); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Runs []struct {
					Tool struct {
						Driver struct {
							Version, SemanticVersion, InformationURI string
							Rules                                    []struct {
								ID   string
								Help struct{ Text, Markdown string }
							}
						}
					}
					Results []json.RawMessage
				}
			}
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			d := doc.Runs[0].Tool.Driver
			if d.Version != tc.version || d.SemanticVersion != tc.semantic || d.InformationURI == "" {
				t.Errorf("driver version %q semantic %q uri %q", d.Version, d.SemanticVersion, d.InformationURI)
			}
			for _, r := range d.Rules {
				if r.Help.Text == "" || r.Help.Markdown == "" {
					t.Errorf("rule %s has no help", r.ID)
				}
			}
			if len(doc.Runs[0].Results) == 0 {
				t.Fatal("no results")
			}
			var v any
			_ = json.Unmarshal(buf.Bytes(), &v)
			var bad []string
			placeholders(v, "$", &bad)
			if len(bad) > 0 {
				t.Errorf("placeholders: %s", strings.Join(slices.Compact(slices.Sorted(slices.Values(bad))), ", "))
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Fatalf("invalid SARIF: %v", err)
			}
		})
	}
	// A run that found nothing still says so with an empty results list.
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, &scanner.Result{}, "1.0.0"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"results": []`)) {
		t.Errorf("empty run lost its results list:\n%s", buf.Bytes())
	}
}

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../../../../testdata/scanner/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}
