package recovery

import (
	"math/rand"
	"time"
)

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"

type ResetService struct {
	tokens TokenRepo
	mail   Mailer
}

func (s *ResetService) Start(email string) error {
	token := make([]byte, 32)
	for i := range token {
		token[i] = alphabet[rand.Intn(len(alphabet))] // LABEL: CWE-338
	}
	if err := s.tokens.Save(email, string(token), time.Now().Add(time.Hour)); err != nil {
		return err
	}
	return s.mail.Send(email, "Reset your password", "https://app.example.com/reset?token="+string(token))
}
