package main

import (
	"html/template"
	"time"
)

const bannerHTML = `<div class="banner">Scheduled maintenance on <b>Sunday 02:00 UTC</b></div>`

func maintenanceBanner() template.HTML {
	if time.Now().Weekday() == time.Saturday {
		return template.HTML(bannerHTML)
	}
	return template.HTML("")
}

func bannerEnabled() bool {
	return time.Now().Weekday() == time.Saturday
}
