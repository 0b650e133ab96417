package pages

import "html"

type App struct{}

func (a *App) clean(s string) string {
	return html.EscapeString(s)
}
