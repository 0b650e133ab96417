ActiveRecord::Base.establish_connection(
  adapter: "postgresql",
  host: "db",
  password: "hunter2hunter2", # vigil:expect VGL-RUBY-CRED-001
)
Stripe.configure("client_secret" => "cs_9d8f7a6b5c") # vigil:expect VGL-RUBY-CRED-001
