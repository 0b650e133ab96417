package main

import (
	"errors"
	"strings"
	"unicode/utf8"
)

const (
	passwordMinLength = 12
	passwordFieldName = "password"
	defaultPassword   = ""
)

var errWeakPassword = errors.New("password: at least 12 characters, not your e-mail address")

func checkPassword(email, password string) error {
	if password == defaultPassword || utf8.RuneCountInString(password) < passwordMinLength {
		return errWeakPassword
	}
	if strings.EqualFold(password, email) {
		return errWeakPassword
	}
	return nil
}

func main() {
	_ = passwordFieldName
	_ = checkPassword("a@example.com", "correct horse battery staple")
}
