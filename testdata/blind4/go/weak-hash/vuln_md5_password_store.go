package users

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
)

type Store struct {
	db *sql.DB
}

func (s *Store) SetPassword(userID int64, password string) error {
	sum := md5.Sum([]byte(password)) // LABEL: CWE-328
	_, err := s.db.Exec("UPDATE users SET password_hash = $1 WHERE id = $2", hex.EncodeToString(sum[:]), userID)
	return err
}

func (s *Store) CheckPassword(userID int64, password string) bool {
	var stored string
	if err := s.db.QueryRow("SELECT password_hash FROM users WHERE id = $1", userID).Scan(&stored); err != nil {
		return false
	}
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:]) == stored
}
