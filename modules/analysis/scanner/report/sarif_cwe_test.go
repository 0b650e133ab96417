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

// TestSARIFCWETaxa: each result names its most specific CWE and the common
// parent users' tools group it under, as taxa of a CWE taxonomy and as
// tags (eval: CWE-95 and CWE-94; MD5: CWE-328 and CWE-327), and the report
// still validates against the official schema.
func TestSARIFCWETaxa(t *testing.T) {
	loc := func(line int) scanner.Location {
		return scanner.Location{Path: "app.py", StartLine: line, StartColumn: 1, EndLine: line, EndColumn: 10}
	}
	res := &scanner.Result{Findings: []scanner.Finding{
		{RuleID: "VGL-PY-CODEI-001", Kind: scanner.KindTaint, Title: "eval", Message: "eval", Severity: scanner.SeverityHigh,
			Confidence: scanner.ConfidenceHigh, CWE: []string{"CWE-95"}, Location: loc(3), Fingerprint: "a"},
		{RuleID: "VGL-PY-HASH-001", Kind: scanner.KindRule, Title: "md5", Message: "md5", Severity: scanner.SeverityMedium,
			Confidence: scanner.ConfidenceMedium, CWE: []string{"CWE-328"}, Location: loc(5), Fingerprint: "b"},
	}}
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, res, "1.0.0"); err != nil {
		t.Fatal(err)
	}
	validateOfficialSARIF(t, buf.Bytes())
	var log struct {
		Runs []struct {
			Taxonomies []struct {
				Name string `json:"name"`
				Taxa []struct {
					ID string `json:"id"`
				} `json:"taxa"`
			} `json:"taxonomies"`
			Results []struct {
				RuleID     string `json:"ruleId"`
				Properties struct {
					Tags []string `json:"tags"`
				} `json:"properties"`
				Taxa []struct {
					ID            string `json:"id"`
					Index         int    `json:"index"`
					ToolComponent struct {
						Name string `json:"name"`
					} `json:"toolComponent"`
				} `json:"taxa"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Taxonomies) != 1 || run.Taxonomies[0].Name != "CWE" {
		t.Fatalf("taxonomies %+v", run.Taxonomies)
	}
	var taxa []string
	for _, x := range run.Taxonomies[0].Taxa {
		taxa = append(taxa, x.ID)
	}
	want := map[string][]string{"VGL-PY-CODEI-001": {"CWE-95", "CWE-94"}, "VGL-PY-HASH-001": {"CWE-328", "CWE-327"}}
	for _, r := range run.Results {
		var got []string
		for _, x := range r.Taxa {
			got = append(got, x.ID)
			if x.ToolComponent.Name != "CWE" || x.Index < 0 || x.Index >= len(taxa) || taxa[x.Index] != x.ID {
				t.Errorf("%s: taxon reference %+v does not point at its taxon in %v", r.RuleID, x, taxa)
			}
		}
		if !slices.Equal(got, want[r.RuleID]) {
			t.Errorf("%s: taxa %v, want %v", r.RuleID, got, want[r.RuleID])
		}
		for _, c := range want[r.RuleID] {
			if !slices.Contains(r.Properties.Tags, "external/cwe/"+strings.ToLower(c)) {
				t.Errorf("%s: tags %v lack %s", r.RuleID, r.Properties.Tags, c)
			}
		}
	}
}

func validateOfficialSARIF(t *testing.T, data []byte) {
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
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF invalid: %v", err)
	}
}
