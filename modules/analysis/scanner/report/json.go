package report

import (
	"encoding/json"
	"io"

	"vigil/modules/analysis/scanner"
)

// JSONReport is the `--format json` document: the scan result plus the tool
// identity. Field names are snake_case and stable.
type JSONReport struct {
	Tool    string `json:"tool"`
	Version string `json:"version"`
	*scanner.Result
}

// WriteJSON writes the result as indented JSON.
func WriteJSON(w io.Writer, res *scanner.Result, version string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(JSONReport{Tool: ToolName, Version: version, Result: res})
}
