package main

import "database/sql"

// NoteStore keeps notes in PostgreSQL.
type NoteStore struct {
	db *sql.DB
}

// Delete removes one note by id.
func (s *NoteStore) Delete(id string) error {
	_, err := s.db.Exec("DELETE FROM notes WHERE id = " + id) // LABEL: CWE-89
	return err
}
