# A password that only starts like an engine's name is a chosen one.
class Production
  def database
    { "POSTGRES_PASSWORD" => "postgres-Pr0d-2024" } # vigil:expect VGL-RUBY-CRED-001
  end

  DB_PASSWORD = "mongodb7Hs9" # vigil:expect VGL-RUBY-CRED-001
end
