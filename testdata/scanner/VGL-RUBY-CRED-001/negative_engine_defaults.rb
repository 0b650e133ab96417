# A generator's local development services: each image's documented default
# password, the engine's own name, beside its default user.
class DevContainer
  def postgres_service
    {
      "image" => "postgres:18",
      "environment" => {
        "POSTGRES_USER" => "postgres",
        "POSTGRES_PASSWORD" => "postgres"
      }
    }
  end

  def mariadb_service
    { "MARIADB_ROOT_PASSWORD" => "mariadb" }
  end

  def rabbit
    { user: "guest", password: "rabbitmq" }
  end
end
