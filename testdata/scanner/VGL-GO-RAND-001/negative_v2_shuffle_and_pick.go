package lb

import "math/rand/v2"

// Pick chooses a backend for the session's next request.
func Pick(backends []string) string {
	return backends[rand.IntN(len(backends))]
}

// Shuffle orders a playlist.
func Shuffle(tracks []string) {
	rand.Shuffle(len(tracks), func(i, j int) { tracks[i], tracks[j] = tracks[j], tracks[i] })
}
