package profiles

import "gorm.io/gorm"

type Account struct {
	gorm.Model
	DisplayName string `json:"display_name"`
	Email       string `json:"email"`
	Plan        string `json:"plan"`
	IsAdmin     bool   `json:"is_admin"`
}
