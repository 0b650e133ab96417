package analysis

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"strings"

	"vigil/modules/analysis/internal/intake"
	"vigil/platform/errs"
)

// Multipart form bounds that are not configuration: the stdlib's own
// defaults for a parsed form (1,000 parts), and room for the small text
// fields (tier, name, project, options) of an upload.
const (
	maxFormParts      = 1000
	maxFormValueBytes = 1 << 20
)

// spooled is an upload's files on disk. Each file is unlinked as soon as
// it is created where the system allows it, so a crash leaves nothing
// behind; close releases them.
type spooled struct {
	files []*os.File
	names []string // files still to remove on close (unlink refused)
}

// create opens a new spool file named after pattern (os.CreateTemp).
func (sp *spooled) create(pattern string) (*os.File, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return nil, fmt.Errorf("analysis: spool: %w", err)
	}
	sp.files = append(sp.files, f)
	if os.Remove(f.Name()) != nil {
		sp.names = append(sp.names, f.Name())
	}
	return f, nil
}

// close closes and removes every spool file.
func (sp *spooled) close() {
	for _, f := range sp.files {
		_ = f.Close()
	}
	for _, n := range sp.names {
		_ = os.Remove(n)
	}
	sp.files, sp.names = nil, nil
}

// readUpload reads a multipart upload part by part: files in field
// "files" are copied to spool files as they arrive (a zip needs random
// access, and memory must not grow with the upload), the text fields tier,
// name, project and options are kept, anything else is skipped. The files
// count against MaxUploadBytes as they are read. The caller closes sp,
// also on error.
func (s *Service) readUpload(mr *multipart.Reader, sp *spooled) (*Request, error) {
	r := &Request{Source: Source{Kind: "upload"}}
	values := map[string]string{}
	var total, valueBytes int64
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, bodyError(err)
		}
		if n >= maxFormParts {
			return nil, errs.New(errs.KindBadRequest, "the form has more than %d parts", maxFormParts)
		}
		name := p.FormName()
		switch {
		case p.FileName() != "" && name == "files":
			f, err := sp.create("vigil-upload-*")
			if err != nil {
				return nil, err
			}
			w, err := io.Copy(f, io.LimitReader(p, s.limits.MaxUploadBytes-total+1))
			total += w
			if err != nil {
				if _, ok := errors.AsType[*os.PathError](err); ok {
					return nil, fmt.Errorf("analysis: spool upload: %w", err)
				}
				return nil, bodyError(err)
			}
			if total > s.limits.MaxUploadBytes {
				return nil, errs.Invalid("the upload was rejected: the upload is too large", errs.FieldError{Field: "files", Message: fmt.Sprintf("the upload is larger than %d bytes", s.limits.MaxUploadBytes)})
			}
			r.Source.Parts = append(r.Source.Parts, intake.Part{Name: p.FileName(), File: f, Size: w})
		case p.FileName() == "" && name != "":
			b, err := io.ReadAll(io.LimitReader(p, maxFormValueBytes-valueBytes+1))
			if err != nil {
				return nil, bodyError(err)
			}
			valueBytes += int64(len(b))
			if valueBytes > maxFormValueBytes {
				return nil, errs.New(errs.KindTooLarge, "the form's text fields are larger than %d bytes", maxFormValueBytes)
			}
			if _, seen := values[name]; !seen {
				values[name] = strings.TrimSpace(string(b))
			}
		default:
			if _, err := io.Copy(io.Discard, p); err != nil {
				return nil, bodyError(err)
			}
		}
		_ = p.Close()
	}
	r.Tier, r.Name, r.Project = values["tier"], values["name"], values["project"]
	if o := values["options"]; o != "" {
		if err := json.Unmarshal([]byte(o), &r.Options); err != nil {
			return nil, errs.Invalid("invalid options", errs.FieldError{Field: "options", Message: "must be a JSON object like {\"include_tests\":false,\"exclude\":[\"docs/**\"]}"})
		}
		r.Options.AIBudgetUSD = 0
	}
	return r, nil
}
