conn = Faraday.new(url: "https://api.example.com", ssl: { verify: true, ca_file: "/etc/ssl/ca.pem" })
signature = Signer.check(payload, verify: false)
job = ExportJob.perform_later(report, notify: false)
