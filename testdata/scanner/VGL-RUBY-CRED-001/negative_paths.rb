EXPECTED = {
  "/%2fetc%2Fpasswd" => "/etc/passwd",
  "/foo/../passwd" => "/passwd",
}.freeze
