conn = Faraday.new(url: "https://api.example.com", ssl: { verify: false }) # vigil:expect VGL-RUBY-TLS-001
res = HTTParty.get("https://api.example.com/status", verify: false) # vigil:expect VGL-RUBY-TLS-001
client = Elasticsearch::Client.new(host: "https://es:9200", transport_options: { ssl_verify_peer: false }) # vigil:expect VGL-RUBY-TLS-001
