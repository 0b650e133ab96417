package mailer

import (
	"html/template"
	"strings"
)

type TemplateService struct {
	body  string
	funcs template.FuncMap
}

func (s *TemplateService) Preview(data any) (string, error) {
	t, err := template.New("mail").Funcs(s.funcs).Parse(s.body) // LABEL: CWE-1336
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	return sb.String(), err
}
